// A command in a running pipeline: begin once, process per input object, end once. The downstream sink receives
// what it writes. Pipelines are synchronous and push objects through as they are produced.

export const NO_INPUT: unique symbol = Symbol('NoInput');

/** Thrown by a command that needs no more input; the pipeline ends it and the commands after it normally. */
export class StopUpstreamSignal {
  constructor(readonly source: unknown) {}
}

export interface Processor {
  begin(): void;
  /** input is NO_INPUT for the first command of a pipeline (process runs once). */
  process(input: unknown): void;
  end(): void;
  /** Releases what the command holds open, once the pipeline is over (ended, stopped or failed). */
  dispose?(): void;
}
