// The engine's side of the process worker: starts children there and waits, blocked in Atomics.wait, for what they
// write and for their exit. Events for other children that arrive meanwhile are queued for them.
import fs from 'node:fs';
import path from 'node:path';
import { MessageChannel, MessagePort, Worker, receiveMessageOnPort } from 'node:worker_threads';
import type { ProcessEvent, ProcessRequest, ProcessWorkerData, SpawnSpec } from './process-protocol';

/** Where the bundled worker lives: beside this file once bundled into dist/, or in dist/ when run from the sources. */
function workerPath(): string {
  const candidates = [path.join(__dirname, 'native-worker.js'), path.resolve(__dirname, '..', '..', '..', 'dist', 'native-worker.js')];
  return candidates.find((candidate) => fs.existsSync(candidate)) ?? candidates[0];
}

class ProcessBridge {
  private port?: MessagePort;
  private signal?: Int32Array;
  private nextId = 1;
  private readonly queues = new Map<number, ProcessEvent[]>();

  spawn(spec: SpawnSpec): number {
    const id = this.nextId++;
    this.queues.set(id, []);
    this.post({ op: 'spawn', id, spec });
    return id;
  }

  write(id: number, data: Uint8Array): void {
    this.post({ op: 'write', id, data });
  }

  closeInput(id: number): void {
    this.post({ op: 'closeInput', id });
  }

  kill(id: number, signal: NodeJS.Signals = 'SIGKILL'): void {
    this.post({ op: 'kill', id, signal });
  }

  /** The child's next event; blocks up to `timeoutMs` (undefined: until one comes). Undefined on timeout. */
  next(id: number, timeoutMs?: number): ProcessEvent | undefined {
    const queue = this.queues.get(id);
    if (!queue) return undefined;
    const deadline = timeoutMs === undefined ? Infinity : Date.now() + timeoutMs;
    for (;;) {
      const seen = Atomics.load(this.signal!, 0);
      this.drain();
      if (queue.length) {
        const event = queue.shift()!;
        if (event.kind === 'exit' || event.kind === 'spawnError') this.queues.delete(id);
        return event;
      }
      const remaining = deadline - Date.now();
      if (remaining <= 0) return undefined;
      Atomics.wait(this.signal!, 0, seen, remaining === Infinity ? undefined : remaining);
    }
  }

  private drain(): void {
    for (let m = receiveMessageOnPort(this.port!); m; m = receiveMessageOnPort(this.port!)) {
      const event = m.message as ProcessEvent;
      this.queues.get(event.id)?.push(event);
    }
  }

  private post(request: ProcessRequest): void {
    this.start().postMessage(request);
  }

  private start(): MessagePort {
    if (this.port) return this.port;
    const shared = new SharedArrayBuffer(4);
    const { port1, port2 } = new MessageChannel();
    const data: ProcessWorkerData = { port: port2, signal: shared };
    const worker = new Worker(workerPath(), { workerData: data, transferList: [port2] });
    worker.unref(); // never keeps psnode alive
    port1.unref();
    this.port = port1;
    this.signal = new Int32Array(shared);
    return port1;
  }
}

let bridge: ProcessBridge | undefined;

/** The session-wide bridge, started with the first child that needs it. */
export function processBridge(): ProcessBridge {
  return (bridge ??= new ProcessBridge());
}

export type { ProcessBridge };
