// Shared by the pki tests: a temporary HOME and PSNODE_HOME per test, and the openssl and pwsh oracles.
import { execFileSync, spawnSync } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { findPwsh } = require('../../scripts/lib/pwsh.js');

/** Resolved before any test changes HOME. */
export const PWSH: string | null = findPwsh();

export const FIXTURES = join(__dirname, 'fixtures');

export interface TempHome {
  dir: string;
  restore(): void;
}

/** A fresh HOME and PSNODE_HOME for one test; restore() puts the old values back and deletes the directory. */
export function useTempHome(): TempHome {
  const saved = { HOME: process.env.HOME, PSNODE_HOME: process.env.PSNODE_HOME };
  const dir = mkdtempSync(join(tmpdir(), 'psnode-pki-'));
  process.env.HOME = dir;
  process.env.PSNODE_HOME = join(dir, '.psnode');
  return {
    dir,
    restore() {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function hasOpenssl(): boolean {
  return spawnSync('openssl', ['version']).status === 0;
}

export function openssl(args: string[], input?: Buffer): Buffer {
  return execFileSync('openssl', args, { input, stdio: ['pipe', 'pipe', 'pipe'] });
}

/** Runs a pwsh script with HOME set to `home` (so it sees the same CurrentUser stores) and returns stdout. */
export function pwsh(script: string, home: string): string {
  if (!PWSH) throw new Error('pwsh is not installed');
  return execFileSync(PWSH, ['-NoProfile', '-NonInteractive', '-Command', script], {
    env: { ...process.env, HOME: home, NO_COLOR: '1', TZ: 'UTC', DOTNET_CLI_TELEMETRY_OPTOUT: '1', POWERSHELL_TELEMETRY_OPTOUT: '1' },
    encoding: 'utf8',
  });
}
