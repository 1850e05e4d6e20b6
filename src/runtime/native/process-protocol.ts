// The messages between the engine's thread and the process worker, which owns every child process whose streams
// the engine reads or writes while it runs (the engine itself never returns to Node's event loop).

/** How a child's stream is connected: to psnode's own descriptor, to the engine, to another child, or to nothing. */
export type StreamMode = 'inherit' | 'pipe' | 'ignore';

export interface SpawnSpec {
  file: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
  stdin: StreamMode;
  /** A number is a file descriptor psnode opened (`> file`). */
  stdout: StreamMode | number;
  stderr: StreamMode;
  /** The child whose stdout becomes this child's stdin, byte for byte (a native command upstream). */
  stdinFrom?: number;
  /** Keep stdout for a native command downstream (it connects with stdinFrom); no stdout events are sent. */
  stdoutToChild?: boolean;
}

export type ProcessRequest =
  | { op: 'spawn'; id: number; spec: SpawnSpec }
  | { op: 'write'; id: number; data: Uint8Array }
  | { op: 'closeInput'; id: number }
  | { op: 'kill'; id: number; signal: NodeJS.Signals };

export type ProcessEvent =
  | { id: number; kind: 'stdout' | 'stderr'; data: Uint8Array }
  | { id: number; kind: 'exit'; code: number | null; signal: string | null }
  | { id: number; kind: 'spawnError'; code: string; message: string };

/** What the engine hands the worker at start-up: the channel for events and the word it bumps for each one. */
export interface ProcessWorkerData {
  port: import('node:worker_threads').MessagePort;
  signal: SharedArrayBuffer;
}
