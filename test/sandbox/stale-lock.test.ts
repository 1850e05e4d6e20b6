// The state lock after a crash (issue #10): a lock left by a killed process is taken over at once whatever pid it
// names — also a live one (pid reuse after kill -9, a container's pid 1) — and an existing --location becomes 0700.
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { addSandboxApplication, resetSandbox, demoTenantInfo } from '../../src/sandbox/index';
import { StateStore, STATE_FILE } from '../../src/sandbox/state/state-store';
import { currentOwner, formatOwner, processStartTime } from '../../src/sandbox/state/file-lock';
import { findTenant } from '../../src/sandbox/model';
import { isolateHome, tempFolder } from './helpers';

const hasProc = processStartTime('self') !== undefined;
beforeAll(() => isolateHome());

function timedWrite(location: string, name: string): number {
  const started = process.hrtime.bigint();
  addSandboxApplication({ displayName: name }, location);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

const appNames = (location: string) => findTenant(new StateStore({ folder: location }).read(), demoTenantInfo().TenantId)!.applications.map((a) => a.displayName);

function lockWith(location: string, text: string, ageMs = 0): void {
  const lock = path.join(location, `${STATE_FILE}.lock`);
  fs.writeFileSync(lock, text);
  if (ageMs) {
    const then = new Date(Date.now() - ageMs);
    fs.utimesSync(lock, then, then);
  }
}

describe('a stale lock is taken over in under a second', () => {
  let sleeper: ReturnType<typeof spawn>;
  beforeAll(() => {
    sleeper = spawn('sleep', ['60'], { stdio: 'ignore' });
  });
  afterAll(() => {
    sleeper.kill();
  });

  test.each([
    ['naming a live pid that started later than the lock says (pid reuse)', () => formatOwner({ ...currentOwner(), pid: sleeper.pid!, start: '1' })],
    ['naming this very process but from before a reboot', () => formatOwner({ ...currentOwner(), boot: '00000000-0000-0000-0000-000000000000' })],
    ['naming pid 1 with another start time (the sandbox as a container\'s pid 1)', () => formatOwner({ pid: 1, boot: currentOwner().boot, start: '999999999999' })],
    ['naming a pid that is gone', () => formatOwner({ pid: 2 ** 22 + 7, boot: currentOwner().boot, start: '5' })],
  ])('%s', (_name, owner) => {
    const location = tempFolder();
    resetSandbox(location);
    lockWith(location, owner());
    expect(timedWrite(location, 'after the stale lock')).toBeLessThan(1000);
    expect(appNames(location)).toContain('after the stale lock');
    expect(fs.existsSync(path.join(location, `${STATE_FILE}.lock`))).toBe(false);
  });

  (hasProc ? test : test.skip)('an old-format lock (a pid alone) naming a live pid, left over a few seconds ago', () => {
    const location = tempFolder();
    resetSandbox(location);
    lockWith(location, String(sleeper.pid), 5_000);
    expect(timedWrite(location, 'after the old lock')).toBeLessThan(1000);
  });
});

(hasProc ? test : test.skip)('a lock whose owner is live is waited for until it is released', () => {
  const location = tempFolder();
  resetSandbox(location);
  const lock = path.join(location, `${STATE_FILE}.lock`);
  const owner = spawn('sleep', ['60'], { stdio: 'ignore' });
  try {
    fs.writeFileSync(lock, formatOwner({ pid: owner.pid!, boot: currentOwner().boot, start: processStartTime(owner.pid!) }));
    // Another process releases it a moment later (this thread blocks while it waits).
    spawn('sh', ['-c', `sleep 0.5; rm -f '${lock}'`], { stdio: 'ignore' });
    const waited = timedWrite(location, 'after the release');
    expect(waited).toBeGreaterThanOrEqual(400);
    expect(waited).toBeLessThan(10_000);
    expect(appNames(location)).toContain('after the release');
  } finally {
    owner.kill();
  }
});

test('an existing --location folder is made 0700', () => {
  const location = path.join(tempFolder(), 'shared-mode');
  fs.mkdirSync(location, { mode: 0o755 });
  fs.chmodSync(location, 0o755);
  new StateStore({ folder: location }).read();
  expect(fs.statSync(location).mode & 0o777).toBe(0o700);
});
