// The synchronous side of the I/O bridge. The engine never awaits: it posts a request to the long-lived I/O worker,
// blocks on Atomics.wait until the worker flips the shared word, then takes the reply with receiveMessageOnPort.
import fs from 'node:fs';
import path from 'node:path';
import { MessageChannel, MessagePort, Worker, receiveMessageOnPort } from 'node:worker_threads';
import { IdentityError } from './identity-error';
import type { IoReply, IoWorkerData } from './io-protocol';

export interface CallOptions {
  /** How long to block before giving up; the late reply is discarded when it arrives. */
  timeoutMs: number;
  /** The error the caller's cmdlet shows on timeout (the texts differ between sign-in and HTTP). */
  onTimeout: () => IdentityError;
}

/** Where the bundled worker lives: beside this file once bundled into dist/, or in dist/ when run from the sources. */
export function defaultWorkerPath(): string {
  const candidates = [path.join(__dirname, 'io-worker.js'), path.resolve(__dirname, '..', '..', 'dist', 'io-worker.js')];
  const found = candidates.find((candidate) => fs.existsSync(candidate));
  if (!found) throw new IdentityError('System.IO.FileNotFoundException', `Could not find file '${candidates[candidates.length - 1]}'.`);
  return found;
}

export class SyncBridge {
  private worker?: Worker;
  private port?: MessagePort;
  private signal?: Int32Array;
  private nextId = 1;

  constructor(private readonly workerPath: () => string = defaultWorkerPath) {}

  /** Runs `op` in the worker and returns its value, or throws the IdentityError it replied with. */
  call<T>(op: string, payload: unknown, options: CallOptions): T {
    const { port, signal } = this.start();
    const id = this.nextId++;
    port.postMessage({ id, op, payload });
    const deadline = Date.now() + options.timeoutMs;
    for (;;) {
      for (let received = receiveMessageOnPort(port); received; received = receiveMessageOnPort(port)) {
        const reply = received.message as IoReply;
        if (reply.id !== id) continue; // a reply to a call that already timed out
        if (reply.ok) return reply.value as T;
        throw IdentityError.fromData(reply.error);
      }
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw options.onTimeout();
      Atomics.wait(signal, 0, 0, remaining);
      Atomics.store(signal, 0, 0);
    }
  }

  /** Whether the worker has been started (it starts on the first call). */
  get started(): boolean {
    return this.worker !== undefined;
  }

  /** Ends the worker; the next call starts a fresh one. */
  stop(): Promise<number> | undefined {
    const worker = this.worker;
    this.worker = undefined;
    this.port?.close();
    this.port = undefined;
    return worker?.terminate();
  }

  private start(): { port: MessagePort; signal: Int32Array } {
    if (this.worker && this.port && this.signal) return { port: this.port, signal: this.signal };
    const shared = new SharedArrayBuffer(4);
    const { port1, port2 } = new MessageChannel();
    const workerData: IoWorkerData = { port: port2, signal: shared };
    // The worker sees this thread's environment as it is now (HOME, PSNODE_HOME, IDENTITY_*), not the process's first one.
    const worker = new Worker(this.workerPath(), { workerData, transferList: [port2], env: { ...process.env } });
    worker.unref(); // never keeps the process alive
    worker.on('error', () => this.stop()); // a crashed worker is replaced on the next call
    port1.unref();
    this.worker = worker;
    this.port = port1;
    this.signal = new Int32Array(shared);
    return { port: port1, signal: this.signal };
  }
}
