// The messages between the engine's thread and the I/O worker: one request, one reply, matched by id.
import type { IdentityErrorData } from './identity-error';

export interface IoRequest {
  id: number;
  op: string;
  payload: unknown;
}

export type IoReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: IdentityErrorData };

/** What the engine hands the worker at start-up: the channel it answers on and the word it flips when it has. */
export interface IoWorkerData {
  port: import('node:worker_threads').MessagePort;
  signal: SharedArrayBuffer;
}

/** An operation the worker performs; it may be async, the engine waits for it synchronously. */
export type IoHandler = (payload: any) => Promise<unknown> | unknown;
