// The I/O worker's entry (bundled to dist/io-worker.js): performs the async work (msal-node, HTTP, the sandbox)
// for the synchronous engine and answers each request on the bridge's port, then wakes the engine's thread.
import { workerData } from 'node:worker_threads';
import { toErrorData } from './identity-error';
import type { IoHandler, IoReply, IoRequest, IoWorkerData } from './io-protocol';
import { ioHandlers } from './io-handlers';

const { port, signal } = workerData as IoWorkerData;
const wake = new Int32Array(signal);

function answer(reply: IoReply): void {
  port.postMessage(reply);
  Atomics.store(wake, 0, 1);
  Atomics.notify(wake, 0);
}

async function perform(request: IoRequest): Promise<void> {
  const handler: IoHandler | undefined = ioHandlers[request.op];
  try {
    if (!handler) throw new Error(`unknown I/O operation '${request.op}'`);
    answer({ id: request.id, ok: true, value: await handler(request.payload) });
  } catch (thrown) {
    answer({ id: request.id, ok: false, error: toErrorData(thrown) });
  }
}

port.on('message', (request: IoRequest) => void perform(request));
