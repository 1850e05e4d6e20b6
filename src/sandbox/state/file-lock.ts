// A lock file (O_EXCL create) so two processes never write the tenant state at once. A lock whose owner is gone
// (kill -9) is taken over; waiting blocks briefly, which is fine because the sandbox never runs on the engine's thread.
import fs from 'node:fs';

const WAIT_STEP_MS = 5;
const GIVE_UP_MS = 15_000;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

function ownerIsGone(lockPath: string): boolean {
  let pid: number;
  try {
    pid = Number(fs.readFileSync(lockPath, 'utf8'));
  } catch {
    return false; // released meanwhile: just retry
  }
  if (!Number.isInteger(pid) || pid <= 0) return true;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

export function withFileLock<T>(lockPath: string, work: () => T): T {
  const deadline = Date.now() + GIVE_UP_MS;
  for (;;) {
    try {
      const fd = fs.openSync(lockPath, 'wx', 0o600);
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (ownerIsGone(lockPath)) {
        fs.rmSync(lockPath, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for the lock '${lockPath}'`);
      Atomics.wait(sleeper, 0, 0, WAIT_STEP_MS);
    }
  }
  try {
    return work();
  } finally {
    fs.rmSync(lockPath, { force: true });
  }
}
