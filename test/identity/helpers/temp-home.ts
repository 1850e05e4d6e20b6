// A private HOME and PSNODE_HOME for one test file, so nothing touches the real ones.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A fresh home per test (`each`), or one for the whole file (`all`: e.g. one sandbox for every test). */
export function useTempHome(scope: 'each' | 'all' = 'each'): { home: () => string } {
  let home = '';
  const saved = { HOME: process.env.HOME, PSNODE_HOME: process.env.PSNODE_HOME };
  const [before, after] = scope === 'each' ? [beforeEach, afterEach] : [beforeAll, afterAll];
  before(() => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'psnode-identity-'));
    process.env.HOME = home;
    process.env.PSNODE_HOME = path.join(home, '.psnode');
  });
  after(() => {
    process.env.HOME = saved.HOME;
    process.env.PSNODE_HOME = saved.PSNODE_HOME;
    fs.rmSync(home, { recursive: true, force: true });
  });
  return { home: () => home };
}
