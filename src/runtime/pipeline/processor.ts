// A command in a running pipeline: begin once, process per input object, end once. The downstream sink receives
// what it writes. Pipelines are synchronous and push objects through as they are produced.

import { PipelineStopSignal } from '../compiler/signals';

export const NO_INPUT: unique symbol = Symbol('NoInput');

/** Thrown by a command that needs no more input (pwsh's StopUpstreamCommandsException): the commands before it stop
 * without their end blocks, the pipeline that holds it goes on with the commands after it. */
export class StopUpstreamSignal extends PipelineStopSignal {
  constructor(readonly source: Processor) {
    super();
  }
}

export interface Processor {
  /** Set when the command is an external program (neighbouring ones pass bytes directly). */
  readonly native?: import('./native-processor').NativeProcessor;
  /** Binds the command's arguments; the pipeline binds every command before any begin block runs, as pwsh does. */
  bind(): void;
  /** Runs the begin block (binding first when bind() was not called). */
  begin(): void;
  /** input is NO_INPUT for the first command of a pipeline (process runs once). */
  process(input: unknown): void;
  end(): void;
  /** The pipeline stopped before this command ended (a command after it wanted no more input): it releases what
   * it holds (a running child process, files); its end block never runs. */
  stop?(): void;
}
