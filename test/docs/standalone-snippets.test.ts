// Each seed snippet must also run on its own in a fresh home with -Sandbox: the page expects the reader to have set
// $CertThumbprint and to have the certificate in the store, so the sandbox session provides both from the start.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const snippets = join(root, '..', 'shared', 'seeds', 'snippets');

function runAlone(snippet: string, extraArgs: string[] = []) {
  const home = mkdtempSync(join(tmpdir(), 'psnode-alone-'));
  try {
    return spawnSync(process.execPath, [join(root, 'bin', 'psnode.js'), ...extraArgs, '-NoProfile', '-File', join(snippets, snippet)], {
      encoding: 'utf8',
      env: { ...process.env, HOME: home, PSNODE_HOME: join(home, '.psnode'), NO_COLOR: '1', PSNODE_ENVIRONMENT: '' },
      timeout: 60_000,
    });
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

const describeIfShared = existsSync(snippets) ? describe : describe.skip;
if (!existsSync(snippets)) console.log(`standalone snippets: ${snippets} is absent; nothing to run`);

describeIfShared('seed snippets run alone in a fresh home', () => {
  test('04 (Select Subject) finds the demo certificate through the preset $CertThumbprint', () => {
    const r = runAlone('04-certificate-subject.ps1', ['-Sandbox']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('\nSubject\n-------\nCN=psnode sandbox demo\n\n');
    expect(r.status).toBe(0);
  });

  test('02 lists the demo certificate in CurrentUser\\My', () => {
    const r = runAlone('02-list-my-store.ps1', ['-Sandbox']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('57052FAD65EDBCEEFF71DB1E9D7BED7A8CFACF0A  CN=psnode sandbox d…');
  });

  test('without -Sandbox nothing is preset: the empty store lists nothing', () => {
    const r = runAlone('02-list-my-store.ps1');
    expect(r.stdout).toBe('');
    expect(r.status).toBe(0);
  });
});
