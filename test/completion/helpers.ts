// Completion test helpers: a runspace in a temporary directory tree (own HOME and PSNODE_HOME) and a compact view
// of a CommandCompletion (`text|list|type` per match) to compare with what pwsh 7.6.9 printed.

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createRunspace, Runspace } from '../../src/host';
import type { CommandCompletion } from '../../src/host/completion';

export interface Fixture {
  root: string;
  rs: Runspace;
  cleanup(): void;
}

/** The fixture tree the pwsh observations were recorded in: fx/{a b.txt, a1.txt, alpha/x.txt, Beta/y, beta2, My Dir/, .hid}. */
export function makeFixture(): Fixture {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'psnode-completion-')));
  const fx = path.join(root, 'fx');
  for (const dir of ['alpha', 'Beta', 'My Dir']) fs.mkdirSync(path.join(fx, dir), { recursive: true });
  for (const file of ['a b.txt', 'a1.txt', 'alpha/x.txt', 'Beta/y', 'beta2', '.hid']) fs.writeFileSync(path.join(fx, file), '');
  fs.mkdirSync(path.join(root, 'home'), { mode: 0o700 });
  fs.mkdirSync(path.join(root, 'psnode-home'), { mode: 0o700 });
  const saved = { HOME: process.env.HOME, PSNODE_HOME: process.env.PSNODE_HOME };
  process.env.HOME = path.join(root, 'home');
  process.env.PSNODE_HOME = path.join(root, 'psnode-home');
  const rs = createRunspace({ write: () => undefined, writeErrorLine: () => undefined, cwd: root });
  return {
    root,
    rs,
    cleanup() {
      process.env.HOME = saved.HOME;
      process.env.PSNODE_HOME = saved.PSNODE_HOME;
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

/** `idx len` then one `CompletionText|ListItemText|ResultType` line per match. */
export function shape(c: CommandCompletion): string[] {
  return [`${c.replacementIndex} ${c.replacementLength}`, ...c.matches.map((m) => `${m.completionText}|${m.listItemText}|${m.resultType}`)];
}

/** Completes `input` with the cursor at its end (or at `cursor`). */
export function complete(rs: Runspace, input: string, cursor = input.length): string[] {
  return shape(rs.complete(input, cursor));
}
