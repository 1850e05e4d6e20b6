// A lock file so two processes never write the tenant state at once. A lock whose owner is gone (kill -9) is taken
// over; waiting blocks briefly, which is fine because the sandbox never runs on the engine's thread.
import crypto from 'node:crypto';
import fs from 'node:fs';

const WAIT_STEP_MS = 5;
const GIVE_UP_MS = 15_000;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

function readOwner(file: string): number | undefined {
  try {
    const pid = Number(fs.readFileSync(file, 'utf8'));
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

// The lock file is created complete (written to a temp file, then hard-linked into place), so its pid is always
// readable; a link fails with EEXIST while someone holds the lock.
function tryAcquire(lockPath: string): boolean {
  const temp = `${lockPath}.${process.pid}.${crypto.randomBytes(4).toString('hex')}`;
  fs.writeFileSync(temp, String(process.pid), { mode: 0o600 });
  try {
    fs.linkSync(temp, lockPath);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return false;
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

// A lock whose owner died (kill -9) is moved aside under a unique name before it is deleted, so two waiters cannot
// both break it and one delete the other's fresh lock; if what was moved turns out live, it is put back.
function breakIfStale(lockPath: string): void {
  const owner = readOwner(lockPath);
  if (owner === undefined || isAlive(owner)) return;
  const aside = `${lockPath}.stale.${process.pid}.${crypto.randomBytes(4).toString('hex')}`;
  try {
    fs.renameSync(lockPath, aside);
  } catch {
    return; // someone else moved or released it
  }
  const moved = readOwner(aside);
  if (moved !== undefined && isAlive(moved)) {
    try {
      fs.linkSync(aside, lockPath);
    } catch {
      // the lock was taken meanwhile; the live owner keeps working on its own copy of the state
    }
  }
  fs.rmSync(aside, { force: true });
}

export function withFileLock<T>(lockPath: string, work: () => T): T {
  const deadline = Date.now() + GIVE_UP_MS;
  for (;;) {
    if (tryAcquire(lockPath)) break;
    breakIfStale(lockPath);
    if (Date.now() > deadline) throw new Error(`timed out waiting for the lock '${lockPath}'`);
    Atomics.wait(sleeper, 0, 0, WAIT_STEP_MS);
  }
  try {
    return work();
  } finally {
    fs.rmSync(lockPath, { force: true });
  }
}
