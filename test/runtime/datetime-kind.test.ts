// DateTime Kind outside UTC (the conformance runner pins TZ=UTC): conversions move by the zone's offset, while
// equality, CompareTo and subtraction compare the clock reading whatever the Kind, as .NET does. Expected texts are
// pwsh 7.6.9's with TZ=America/New_York.

import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const BIN = path.join(__dirname, '..', '..', 'bin', 'psnode.js');

function runInNewYork(script: string): string {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'psnode-kind-'));
  try {
    const r = spawnSync(process.execPath, [BIN, '-NoProfile', '-Command', script], {
      cwd: home,
      encoding: 'utf8',
      env: { ...process.env, HOME: home, PSNODE_HOME: path.join(home, '.psnode'), NO_COLOR: '1', TZ: 'America/New_York' },
    });
    expect(r.stderr).toBe('');
    return r.stdout;
  } finally {
    fs.rmSync(home, { recursive: true, force: true });
  }
}

const DATES = `$utc = [datetime]::new(2026, 1, 2, 3, 4, 5, [DateTimeKind]::Utc)
$local = [datetime]::new(2026, 1, 2, 3, 4, 5, [DateTimeKind]::Local)
$plain = [datetime]::new(2026, 1, 2, 3, 4, 5)
`;

test('ToUniversalTime and ToLocalTime convert by Kind', () => {
  const out = runInNewYork(`${DATES}foreach ($d in $utc, $local, $plain) { '{0} -> {1} / {2}' -f $d.Kind, $d.ToUniversalTime().ToString('o'), $d.ToLocalTime().ToString('o') }`);
  expect(out).toBe(
    'Utc -> 2026-01-02T03:04:05.0000000Z / 2026-01-01T22:04:05.0000000-05:00\n' +
      'Local -> 2026-01-02T08:04:05.0000000Z / 2026-01-02T03:04:05.0000000-05:00\n' +
      'Unspecified -> 2026-01-02T08:04:05.0000000Z / 2026-01-01T22:04:05.0000000-05:00\n',
  );
});

test('equality, CompareTo and subtraction ignore Kind', () => {
  expect(runInNewYork(`${DATES}"$($utc -eq $local) $($utc.CompareTo($local)) $(($utc - $local).Ticks) $($utc.Subtract($plain).Ticks) $($utc -gt $local.AddSeconds(-1))"`)).toBe('True 0 0 0 True\n');
});
