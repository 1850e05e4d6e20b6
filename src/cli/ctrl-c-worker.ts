// The Ctrl+C watcher, a worker thread (a worker's own process.on('SIGINT') never fires): it waits inside a vm script
// run with breakOnSigint, which Node ends on every SIGINT the process gets; each end sets the engine's stop cell and
// wakes it if it sleeps (see src/runtime/interrupt.ts), then it waits again.

import * as vm from 'vm';
import { workerData } from 'worker_threads';

const STOP_REQUESTED = 1;
const stopCell = new Int32Array(workerData as SharedArrayBuffer);
const never = new Int32Array(new SharedArrayBuffer(4));
const waitForSigint = new vm.Script('Atomics.wait(never, 0, 0)');
const context = vm.createContext({ Atomics, never });

for (;;) {
  try {
    waitForSigint.runInContext(context, { breakOnSigint: true });
  } catch {
    Atomics.store(stopCell, 0, STOP_REQUESTED);
    Atomics.notify(stopCell, 0);
  }
}
