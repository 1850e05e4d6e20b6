// The README's quick start must stay true: its two commands name npm scripts that exist, the main job really runs the
// seed page against the sandbox, and the embedding example returns what the README says.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRunspace } from '../../src/host';

const root = join(__dirname, '..', '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

function quickStartCommands(): string[] {
  const section = readme.split('## Quick start')[1] ?? '';
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  return block.split('\n').map((l) => l.replace(/#.*$/, '').trim()).filter(Boolean);
}

describe('README quick start', () => {
  test('lists exactly the main-job and test commands, each doing its own set-up', () => {
    expect(quickStartCommands()).toEqual(['npm ci && npm start', 'npm ci && npm test']);
    expect(pkg.scripts.prestart).toContain('build');
    expect(pkg.scripts.pretest).toContain('build');
  });

  test('npm start runs the seed page against the sandbox and signs in with the demo app', () => {
    const start = pkg.scripts.start.replace(/^node /, '').split(' ');
    const home = mkdtempSync(join(tmpdir(), 'psnode-readme-'));
    try {
      const r = spawnSync(process.execPath, start, {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, HOME: home, PSNODE_HOME: join(home, '.psnode'), NO_COLOR: '1' },
        timeout: 120_000,
      });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('Connected via apponly access using 28f037fc-8da1-4021-bd8d-fb4da1cd4d58');
      expect(r.stdout).toContain('Connected via managedidentity access using e9008e41-222d-4b8c-b796-9d65b9da8a6b');
      expect(r.stdout).toContain('AuthType               : AppOnly');
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  test('the embedding example returns the objects the README shows', () => {
    expect(createRunspace().invoke('1..3 | ForEach-Object { $_ * 2 }')).toEqual([2, 4, 6]);
  });
});
