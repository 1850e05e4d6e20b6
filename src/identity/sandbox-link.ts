// Inside the I/O worker: starts the sandbox tenant on demand in its own worker thread (dist/sandbox-worker.js) and
// keeps its endpoints, so every sign-in of the process talks to the same sandbox.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SandboxEndpoints as RunningEndpoints } from '../sandbox/worker';
import { IdentityError } from './identity-error';
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

let running: { worker: Worker; endpoints: Promise<SandboxEndpoints> } | undefined;

function toEndpoints(endpoints: RunningEndpoints): SandboxEndpoints {
  return {
    azureADEndpoint: endpoints.authorityHost,
    graphEndpoint: endpoints.graphEndpoint,
    caPem: endpoints.caCertificatePem,
    managedIdentity: { url: endpoints.identityEndpoint, header: endpoints.identityHeader },
    location: endpoints.location,
  };
}

export function startSandboxWorker(options: SandboxStartOptions, workerPath = path.join(__dirname, 'sandbox-worker.js')): Promise<SandboxEndpoints> {
  if (running) return running.endpoints;
  const worker = new Worker(workerPath, { workerData: options });
  worker.unref();
  const endpoints = new Promise<SandboxEndpoints>((resolve, reject) => {
    worker.on('message', (message: SandboxMessage) => {
      if (message.type === 'ready') resolve(toEndpoints(message.endpoints));
      else if (message.type === 'error') reject(new IdentityError('System.InvalidOperationException', message.message));
    });
    worker.once('error', (error) => reject(new IdentityError('System.InvalidOperationException', error.message)));
  });
  running = { worker, endpoints };
  endpoints.catch(() => {
    running = undefined;
  });
  return endpoints;
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

/** The running sandbox's endpoints, or undefined (Get-EntraSandbox). */
export function runningSandbox(): Promise<SandboxEndpoints> | undefined {
  return running?.endpoints;
}
