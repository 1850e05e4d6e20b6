// Tests that run scripts in a fresh temporary directory: making it, and a runspace working there whose output and
// error lines come back as one string.

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createRunspace } from '../../src/host';

/** A new empty directory under the system's temp folder (its real path, as pwsh reports it). */
export function makeTempDir(prefix: string): string {
  return fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
}

/** Runs `script` in a new runspace whose location is `dir`; output and error lines in the order written. */
export function runInDir(dir: string, script: string): string {
  let out = '';
  const rs = createRunspace({ cwd: dir, write: (t) => (out += t), writeErrorLine: (t) => (out += t + '\n') });
  rs.runScript(script);
  return out;
}
