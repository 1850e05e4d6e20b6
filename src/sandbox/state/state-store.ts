// The tenant state: one JSON document under the sandbox folder (or memory), written atomically (temp file + rename,
// 0600) under a lock, re-read when another process changed it, and re-seeded with a warning when it is corrupt.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { seedState, DEMO } from '../demo/demo-tenant';
import { isStateShape, type SandboxState } from '../model';
import { cli } from '../messages';
import { isAlive, withFileLock } from './file-lock';

export const STATE_FILE = 'tenant.json';
/** The demo app's plaintext secret, kept apart from the state (which holds only its hash) so it can be shown again. */
export const DEMO_SECRET_FILE = 'demo-client-secret.txt';

export interface StateStoreOptions {
  /** The sandbox folder; required unless inMemory. */
  folder?: string;
  inMemory?: boolean;
  warn?: (message: string) => void;
}

const STICKY_BIT = 0o1000;

/** Creates the sandbox folder 0700, and makes an existing one 0700 too (mkdir keeps an existing folder's mode). A
 * shared folder with the sticky bit (/tmp) is left as it is: it was never meant to be ours alone. */
export function ensurePrivateFolder(folder: string): void {
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  const { mode } = fs.statSync(folder);
  if ((mode & 0o777) !== 0o700 && (mode & STICKY_BIT) === 0) fs.chmodSync(folder, 0o700);
}

export function writeFileAtomic(file: string, data: string): void {
  const temp = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
  const fd = fs.openSync(temp, 'w', 0o600);
  try {
    fs.writeSync(fd, data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, file);
}

// Temp files a writer killed mid-write leaves behind: `tenant.json.<pid>.<hex>.tmp`, `tenant.json.lock.<pid>.<hex>`.
const LEFTOVER = new RegExp(`^${STATE_FILE.replace('.', '\\.')}(?:\\.lock)?\\.(\\d+)\\.[0-9a-f]+(?:\\.tmp)?$`);

function removeLeftovers(folder: string): void {
  for (const name of fs.readdirSync(folder)) {
    const pid = LEFTOVER.exec(name)?.[1];
    if (pid && !isAlive(Number(pid))) fs.rmSync(path.join(folder, name), { force: true });
  }
}

export class StateStore {
  private cached: SandboxState | undefined;
  private cachedStamp = '';
  private readonly file: string;
  private readonly lockFile: string;

  constructor(private readonly options: StateStoreOptions) {
    if (!options.inMemory && !options.folder) throw new Error('a sandbox folder is required unless inMemory is set');
    this.file = options.inMemory ? '' : path.join(options.folder!, STATE_FILE);
    this.lockFile = `${this.file}.lock`;
    if (!options.inMemory) {
      ensurePrivateFolder(options.folder!);
      removeLeftovers(options.folder!);
    }
  }

  /** The current state; do not mutate it (use update). */
  read(): SandboxState {
    if (this.options.inMemory) return (this.cached ??= seedState());
    const stamp = this.stamp();
    if (this.cached && stamp === this.cachedStamp) return this.cached;
    const parsed = stamp ? this.tryLoad() : undefined;
    if (parsed) return parsed;
    return withFileLock(this.lockFile, () => this.loadOrRecover());
  }

  /** Applies a change to a fresh copy of the state and writes it, holding the lock throughout. */
  update<T>(change: (state: SandboxState) => T): T {
    if (this.options.inMemory) return change(this.read());
    return withFileLock(this.lockFile, () => {
      const state = this.loadOrRecover();
      const result = change(state);
      this.write(state);
      return result;
    });
  }

  reset(): void {
    if (this.options.inMemory) {
      this.cached = seedState();
      return;
    }
    withFileLock(this.lockFile, () => this.seed());
  }

  private stamp(): string {
    try {
      const s = fs.statSync(this.file);
      return `${s.ino}:${s.size}:${s.mtimeMs}`;
    } catch {
      return '';
    }
  }

  private tryLoad(): SandboxState | undefined {
    try {
      const stamp = this.stamp();
      const parsed: unknown = JSON.parse(fs.readFileSync(this.file, 'utf8'));
      if (!isStateShape(parsed)) return undefined;
      this.cached = parsed;
      this.cachedStamp = stamp;
      return parsed;
    } catch {
      return undefined;
    }
  }

  // Called with the lock held: the file is either missing (seed), valid, or corrupt (move aside, seed, warn).
  private loadOrRecover(): SandboxState {
    const loaded = this.tryLoad();
    if (loaded) return loaded;
    if (fs.existsSync(this.file)) {
      const movedTo = `${this.file}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      fs.renameSync(this.file, movedTo);
      this.options.warn?.(cli.corruptState(this.file, movedTo));
    }
    return this.seed();
  }

  private seed(): SandboxState {
    const state = seedState();
    this.write(state);
    writeFileAtomic(path.join(this.options.folder!, DEMO_SECRET_FILE), `${DEMO.clientSecret}\n`);
    return state;
  }

  private write(state: SandboxState): void {
    writeFileAtomic(this.file, `${JSON.stringify(state, null, 1)}\n`);
    this.cached = state;
    this.cachedStamp = this.stamp();
  }
}
