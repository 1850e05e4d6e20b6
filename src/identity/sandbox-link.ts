// Inside the I/O worker: starts the sandbox tenant on demand in its own worker thread (dist/sandbox-worker.js) and
// keeps its endpoints, so every sign-in of the process talks to the same sandbox. A sandbox worker that dies is
// noticed at once and started again on the same ports (its keys are on disk or kept here), so sessions signed in to
// it go on working; one that keeps dying is left stopped, and the next command that needs it starts a fresh one.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SandboxEndpoints as RunningEndpoints } from '../sandbox/worker';
import { IdentityError } from './identity-error';
import { messages } from './messages';
import type { SandboxEndpoints } from './resolved-environment';

export interface SandboxStartOptions {
  /** The sandbox folder; the sandbox's default ($PSNODE_HOME/sandbox) when absent. */
  location?: string;
  inMemory?: boolean;
}

type SandboxMessage =
  | { type: 'ready'; endpoints: RunningEndpoints }
  | { type: 'warning'; message: string }
  | { type: 'error'; message: string }
  | { type: 'closed' };

interface RunningWorker {
  worker: Worker;
  endpoints: Promise<SandboxEndpoints>;
}

/** Restarts allowed within RESTART_WINDOW_MS before a crashing sandbox is left stopped. */
const MAX_RESTARTS = 3;
const RESTART_WINDOW_MS = 60_000;

let running: RunningWorker | undefined;
let restarts: number[] = [];

function toEndpoints(endpoints: RunningEndpoints): SandboxEndpoints {
  return {
    azureADEndpoint: endpoints.authorityHost,
    graphEndpoint: endpoints.graphEndpoint,
    caPem: endpoints.caCertificatePem,
    managedIdentity: { url: endpoints.identityEndpoint, header: endpoints.identityHeader },
    location: endpoints.location,
  };
}

function mayRestart(now = Date.now()): boolean {
  restarts = restarts.filter((at) => now - at < RESTART_WINDOW_MS);
  if (restarts.length >= MAX_RESTARTS) return false;
  restarts.push(now);
  return true;
}

function launch(workerData: SandboxStartOptions & { ports?: number[] }, workerPath: string): RunningWorker {
  const worker = new Worker(workerPath, { workerData });
  worker.unref();
  let ready: RunningEndpoints | undefined;
  let failure: string | undefined;
  const endpoints = new Promise<SandboxEndpoints>((resolve, reject) => {
    const fail = (message: string) => reject(new IdentityError('System.InvalidOperationException', message));
    worker.on('message', (message: SandboxMessage) => {
      if (message.type === 'ready') {
        ready = message.endpoints;
        resolve(toEndpoints(message.endpoints));
      } else if (message.type === 'error') fail(message.message);
    });
    worker.on('error', (error) => {
      failure = error.message;
      fail(error.message);
    });
    worker.once('exit', () => fail(failure ?? messages.invalidOperation));
  });
  const entry: RunningWorker = { worker, endpoints };
  running = entry;
  endpoints.catch(() => {
    if (running === entry && !ready) running = undefined;
  });
  worker.once('exit', () => {
    if (running !== entry) return; // stopped on purpose
    running = undefined;
    if (ready && mayRestart()) {
      const again = launch({ ...workerData, ports: ready.ports }, workerPath);
      // The old ports may be taken meanwhile: then it is left stopped, and the next start picks new ones.
      again.endpoints.catch(() => undefined);
    }
  });
  return entry;
}

export function startSandboxWorker(options: SandboxStartOptions, workerPath = path.join(__dirname, 'sandbox-worker.js')): Promise<SandboxEndpoints> {
  if (running) return running.endpoints;
  return launch(options, workerPath).endpoints;
}

/** Closes the running sandbox, if any (Stop-EntraSandbox); true when one was running. */
export async function stopSandboxWorker(): Promise<boolean> {
  const current = running;
  running = undefined;
  if (!current) return false;
  await new Promise<void>((resolve) => {
    current.worker.on('message', (message: SandboxMessage) => message.type === 'closed' && resolve());
    current.worker.once('exit', () => resolve());
    current.worker.postMessage({ type: 'close' });
  });
  await current.worker.terminate();
  return true;
}

/** The running sandbox's endpoints (a restarted one's once it is up), or undefined when none runs (Get-EntraSandbox). */
export async function runningSandbox(): Promise<SandboxEndpoints | undefined> {
  try {
    return await running?.endpoints;
  } catch {
    return undefined;
  }
}
