// A command in a running pipeline: begin once, process per input object, end once. The downstream sink receives
// what it writes. Pipelines are synchronous and push objects through as they are produced.

export const NO_INPUT: unique symbol = Symbol('NoInput');

/** Thrown by a command that needs no more input; the pipeline ends it and the commands after it normally. */
export class StopUpstreamSignal {
  constructor(readonly source: unknown) {}
}

export interface Processor {
  /** Set when the command is an external program (neighbouring ones pass bytes directly). */
  readonly native?: import('./native-processor').NativeProcessor;
  begin(): void;
  /** input is NO_INPUT for the first command of a pipeline (process runs once). */
  process(input: unknown): void;
  end(): void;
}
