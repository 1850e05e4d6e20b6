// Ctrl+C and Ctrl+\ while the engine runs, as pwsh has them: Ctrl+C stops the running pipeline (a watcher thread sets
// the engine's stop cell, see ./ctrl-c-worker), Ctrl+\ does nothing. The watcher starts at once for the REPL and only
// once a script has run a while for -File / -Command, so a short command never pays for the thread.

import * as path from 'path';
import { armStopWatcher, ensureStopWatcher } from '../runtime/interrupt';

let armed = false;

/** Checks the engine makes before a -File / -Command run starts the watcher (well under a millisecond of work). */
const CHECKS_BEFORE_WATCHER = 2000;

export function watchCtrlC(mode: 'repl' | 'script'): void {
  // -NoExit: the REPL after a -File / -Command run keeps the watcher armed then, started now.
  if (armed) {
    if (mode === 'repl') ensureStopWatcher();
    return;
  }
  armed = true;
  armStopWatcher((cell) => {
    const { Worker } = require('worker_threads') as typeof import('worker_threads');
    new Worker(path.join(__dirname, 'ctrl-c-worker.js'), { workerData: cell.buffer }).unref();
    // pwsh ignores SIGQUIT; Node would dump core.
    process.on('SIGQUIT', () => undefined);
  }, mode === 'repl' ? 0 : CHECKS_BEFORE_WATCHER);
}
