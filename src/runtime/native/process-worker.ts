// The process worker's entry (bundled to dist/native-worker.js): spawns children for the engine, forwards their
// output as it arrives, writes their input, connects one child's stdout to the next one's stdin, and reports exits.
// After each event it bumps the shared word so an engine blocked in Atomics.wait wakes.
import { workerData } from 'node:worker_threads';
import { spawn, type ChildProcess } from 'node:child_process';
import type { ProcessEvent, ProcessRequest, ProcessWorkerData, SpawnSpec } from './process-protocol';

const { port, signal } = workerData as ProcessWorkerData;
const wake = new Int32Array(signal);
const children = new Map<number, ChildProcess>();

function send(event: ProcessEvent): void {
  port.postMessage(event);
  Atomics.add(wake, 0, 1);
  Atomics.notify(wake, 0);
}

function start(id: number, spec: SpawnSpec): void {
  const upstream = spec.stdinFrom === undefined ? undefined : children.get(spec.stdinFrom);
  const child = spawn(spec.file, spec.args, {
    cwd: spec.cwd,
    env: spec.env,
    stdio: [upstream ? 'pipe' : spec.stdin, spec.stdout, spec.stderr],
  });
  children.set(id, child);
  let failed = false;
  child.on('error', (e: NodeJS.ErrnoException) => {
    failed = true;
    send({ id, kind: 'spawnError', code: e.code ?? '', message: e.message });
  });
  // A reader that stopped early (head, a closed pipe) is not an error of ours.
  child.stdin?.on('error', () => undefined);
  if (upstream?.stdout && child.stdin) upstream.stdout.pipe(child.stdin);
  if (!spec.stdoutToChild) child.stdout?.on('data', (data: Buffer) => send({ id, kind: 'stdout', data }));
  child.stderr?.on('data', (data: Buffer) => send({ id, kind: 'stderr', data }));
  // 'close' comes after the streams have ended, so every output event precedes the exit.
  child.on('close', (code, sig) => {
    children.delete(id);
    if (!failed) send({ id, kind: 'exit', code, signal: sig });
  });
}

port.on('message', (request: ProcessRequest) => {
  switch (request.op) {
    case 'spawn':
      start(request.id, request.spec);
      return;
    case 'write':
      children.get(request.id)?.stdin?.write(request.data);
      return;
    case 'closeInput':
      children.get(request.id)?.stdin?.end();
      return;
    case 'kill':
      children.get(request.id)?.kill(request.signal);
      return;
  }
});
