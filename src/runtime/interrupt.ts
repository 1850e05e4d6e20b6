// Ctrl+C for a synchronous engine. Node's main thread never sees SIGINT while the engine runs, so the host watches
// for it on another thread and sets one shared cell; the engine checks the cell at loop back-edges, script block
// runs, pipeline steps and cmdlet output, and waits on it while it sleeps. A set cell stops the running pipeline
// with a PipelineStoppedSignal, as pwsh's PipelineStoppedException does.

import { PipelineStoppedSignal } from './compiler/signals';

const IDLE = 0;
const STOP_REQUESTED = 1;
/** The cell's value until the host's watcher runs: the first checks count down to starting it. */
const WATCHER_PENDING = -1;

/** 0 while nothing is asked; the watcher stores 1 (and notifies) on Ctrl+C. */
const stopCell = new Int32Array(new SharedArrayBuffer(4));
let startWatcher: ((cell: Int32Array) => void) | undefined;
let checksUntilWatcher = 0;
let stopListener: ((afterChild: boolean) => void) | undefined;
let stopAnnounced = false;

/**
 * The host: `start` begins watching for Ctrl+C on the shared cell. It runs after `afterChecks` checks (so a short
 * `psnode -Command` never pays for it) or before the first blocking wait, whichever comes first; 0 starts it now.
 */
export function armStopWatcher(start: (cell: Int32Array) => void, afterChecks: number): void {
  startWatcher = start;
  checksUntilWatcher = afterChecks;
  Atomics.store(stopCell, 0, WATCHER_PENDING);
  if (afterChecks <= 0) ensureStopWatcher();
}

/** Throws PipelineStoppedSignal when a stop was asked (the engine's one check, cheap enough for a loop back-edge). */
export function checkStop(): void {
  if (stopCell[0] !== IDLE) stopRequested();
}

function stopRequested(): void {
  const state = Atomics.load(stopCell, 0);
  if (state === WATCHER_PENDING) {
    if (--checksUntilWatcher <= 0) ensureStopWatcher();
    return;
  }
  if (state === STOP_REQUESTED) stopNow(false);
}

/** How long a child's death by SIGINT waits for the watcher to see the same Ctrl+C. */
const CHILD_SIGINT_GRACE_MS = 100;

/** After a child process exited: a stop asked meanwhile is announced as one the child saw too. */
export function checkStopAfterChild(diedOfSigint: boolean): void {
  if (diedOfSigint) Atomics.wait(stopCell, 0, IDLE, CHILD_SIGINT_GRACE_MS);
  if (stopIsRequested()) stopNow(true);
  checkStop();
}

function stopNow(afterChild: boolean): never {
  if (!stopAnnounced) {
    stopAnnounced = true;
    stopListener?.(afterChild);
  }
  throw new PipelineStoppedSignal();
}

/** The host hears of a stop when the engine first acts on it (the REPL tidies the terminal's ^C echo then). */
export function onStopDetected(listener: (afterChild: boolean) => void): void {
  stopListener = listener;
}

/** Starts the host's watcher now if it is armed and not running; before any wait Ctrl+C must be able to end. */
export function ensureStopWatcher(): void {
  if (Atomics.compareExchange(stopCell, 0, WATCHER_PENDING, IDLE) !== WATCHER_PENDING) return;
  const start = startWatcher;
  startWatcher = undefined;
  start?.(stopCell);
}

/** Whether a stop was asked and not yet cleared. */
export function stopIsRequested(): boolean {
  return Atomics.load(stopCell, 0) === STOP_REQUESTED;
}

/** The host, once the stopped pipeline has unwound: the next one runs normally. */
export function clearStopRequest(): void {
  Atomics.compareExchange(stopCell, 0, STOP_REQUESTED, IDLE);
  stopAnnounced = false;
}

/** Blocks for `ms` milliseconds unless Ctrl+C comes first (then PipelineStoppedSignal). */
export function sleepUnlessStopped(ms: number): void {
  ensureStopWatcher();
  const end = performance.now() + ms;
  for (let left = ms; left > 0; left = end - performance.now()) {
    Atomics.wait(stopCell, 0, IDLE, left);
    checkStop();
  }
}

/**
 * Runs a finally block while the pipeline stops: pwsh runs it to the end with loops, commands and sleeps working, and
 * only writing to the stopped pipeline ends it (the caller passes a sink that throws). A new Ctrl+C stops it too.
 */
export function runWhileStopping(block: () => void): void {
  const was = Atomics.compareExchange(stopCell, 0, STOP_REQUESTED, IDLE);
  try {
    block();
  } finally {
    if (was === STOP_REQUESTED) Atomics.compareExchange(stopCell, 0, IDLE, STOP_REQUESTED);
  }
}

/** Where a finally block's output goes while the pipeline stops: nowhere; writing ends the block. */
export function stoppedPipelineSink(): never {
  throw new PipelineStoppedSignal();
}
