// A lock file so two processes never write the tenant state at once. The lock names its owner by pid, boot id and
// the process's start time, so a lock left by a killed process is taken over at once even when its pid now belongs
// to someone else (pid reuse after kill -9, a container's pid 1). Waiting blocks briefly, which is fine because the
// sandbox never runs on the engine's thread.
import crypto from 'node:crypto';
import fs from 'node:fs';

const WAIT_STEP_MS = 5;
const GIVE_UP_MS = 15_000;
/** A lock that names no owner we can check is someone's only if it is younger than this (a write takes milliseconds). */
const UNVERIFIABLE_LOCK_MS = 2_000;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

export interface LockOwner {
  pid: number;
  /** /proc/sys/kernel/random/boot_id where there is one: a lock from before a reboot is always stale. */
  boot?: string;
  /** The process's start time in clock ticks since boot (/proc/<pid>/stat field 22): tells a reused pid apart. */
  start?: string;
}

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

let bootId: string | undefined | null = null;
function currentBootId(): string | undefined {
  if (bootId === null) bootId = readText('/proc/sys/kernel/random/boot_id')?.trim() || undefined;
  return bootId;
}

/** The start time of a live process, or undefined where /proc does not say. */
export function processStartTime(pid: number | 'self'): string | undefined {
  const stat = readText(`/proc/${pid}/stat`);
  if (!stat) return undefined;
  // Fields after the command name (which may hold spaces and parentheses): state is field 3, starttime field 22.
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
}

export function currentOwner(): LockOwner {
  return { pid: process.pid, boot: currentBootId(), start: processStartTime('self') };
}

export function formatOwner(owner: LockOwner): string {
  return [owner.pid, owner.boot ?? '-', owner.start ?? '-'].join(' ');
}

// `pid boot start` (a lock from before these were recorded holds the pid alone).
function parseOwner(text: string | undefined): LockOwner | undefined {
  const [pid, boot, start] = (text ?? '').trim().split(' ');
  const n = Number(pid);
  if (!Number.isInteger(n) || n <= 0) return undefined;
  return { pid: n, boot: boot && boot !== '-' ? boot : undefined, start: start && start !== '-' ? start : undefined };
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/** Whether the process that wrote `owner` is still running: same boot, pid alive, and the same start time. */
export function ownerIsLive(owner: LockOwner): boolean {
  const boot = currentBootId();
  if (owner.boot && boot && owner.boot !== boot) return false;
  if (!isAlive(owner.pid)) return false;
  const start = processStartTime(owner.pid);
  return !(owner.start && start && owner.start !== start);
}

function lockIsLive(file: string): boolean {
  const owner = parseOwner(readText(file));
  if (owner && (owner.start || !processStartTime('self'))) return ownerIsLive(owner);
  // No owner we can check (an old-format or unreadable lock where /proc exists): trust it only while it is fresh.
  try {
    return Date.now() - fs.statSync(file).mtimeMs < UNVERIFIABLE_LOCK_MS && (!owner || isAlive(owner.pid));
  } catch {
    return true; // gone already: the next try takes it
  }
}

// The lock file is created complete (written to a temp file, then hard-linked into place), so its owner is always
// readable; a link fails with EEXIST while someone holds the lock.
function tryAcquire(lockPath: string): boolean {
  const temp = `${lockPath}.${process.pid}.${crypto.randomBytes(4).toString('hex')}`;
  fs.writeFileSync(temp, formatOwner(currentOwner()), { mode: 0o600 });
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

// A stale lock is moved aside under a unique name before it is deleted, so two waiters cannot both break it and one
// delete the other's fresh lock; if what was moved turns out live, it is put back.
function breakIfStale(lockPath: string): void {
  if (lockIsLive(lockPath)) return;
  const aside = `${lockPath}.stale.${process.pid}.${crypto.randomBytes(4).toString('hex')}`;
  try {
    fs.renameSync(lockPath, aside);
  } catch {
    return; // someone else moved or released it
  }
  if (lockIsLive(aside)) {
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
