// One psnode runspace for a test file, with Sandbox as its environment (psnode -Sandbox) and a private home.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRunspace, type Runspace } from '../../../src/host';
import { toDisplayString } from '../../../src/runtime/values';

export interface SandboxRunspace {
  /** Runs script text and returns its output objects as pwsh would print each scalar. */
  lines(script: string): string[];
  /** Runs script text and returns the formatted text it prints (errors included, as the console shows them). */
  text(script: string): string;
  readonly runspace: Runspace;
  home(): string;
}

export function useSandboxRunspace(settings: Record<string, string> = { PSNODE_ENVIRONMENT: 'Sandbox' }): SandboxRunspace {
  let home = '';
  let runspace: Runspace | undefined;
  let printed = '';
  const saved = { HOME: process.env.HOME, PSNODE_HOME: process.env.PSNODE_HOME };
  beforeAll(() => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'psnode-cmdlets-'));
    process.env.HOME = home;
    process.env.PSNODE_HOME = path.join(home, '.psnode');
    runspace = createRunspace({ write: (t) => void (printed += t), writeErrorLine: (t) => void (printed += `${t}\n`), width: 80, settings });
  });
  afterAll(() => {
    runspace?.invoke('Stop-EntraSandbox');
    process.env.HOME = saved.HOME;
    process.env.PSNODE_HOME = saved.PSNODE_HOME;
    fs.rmSync(home, { recursive: true, force: true });
  });
  return {
    lines: (script) => runspace!.invoke(script).map((value) => toDisplayString(value)),
    text: (script) => {
      printed = '';
      runspace!.runScript(script);
      return printed;
    },
    get runspace() {
      return runspace!;
    },
    home: () => home,
  };
}
