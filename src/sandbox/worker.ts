// Worker-thread entry (bundled to dist/sandbox-worker.js): runs the sandbox off the engine's main thread and posts
// its endpoints back. workerData: SandboxOptions (without warn). Messages out: {type:'ready', endpoints},
// {type:'warning', message}, {type:'error', message}, {type:'closed'}; in: {type:'close'}.
import { parentPort, workerData } from 'node:worker_threads';
import { startSandbox, type SandboxOptions } from './sandbox';

export interface SandboxEndpoints {
  authorityHost: string;
  authority: string;
  graphEndpoint: string;
  identityEndpoint: string;
  identityHeader: string;
  caCertificatePem: string;
  ports: number[];
  location: string | undefined;
  tenantId: string;
  tenantDomain: string;
}

async function run(): Promise<void> {
  const port = parentPort;
  if (!port) return;
  const options = (workerData ?? {}) as SandboxOptions;
  try {
    const sandbox = await startSandbox({ ...options, warn: (message) => port.postMessage({ type: 'warning', message }) });
    const { store: _store, close, ...endpoints } = sandbox;
    port.postMessage({ type: 'ready', endpoints: endpoints satisfies SandboxEndpoints });
    port.on('message', async (message: { type?: string }) => {
      if (message?.type !== 'close') return;
      await close();
      port.postMessage({ type: 'closed' });
      port.close();
    });
  } catch (error) {
    port.postMessage({ type: 'error', message: (error as Error).message });
  }
}

void run();
