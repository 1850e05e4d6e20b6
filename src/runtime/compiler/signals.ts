// Control flow that crosses closures: break, continue, return and exit travel as JS exceptions; loops, functions
// and the script top level catch the ones meant for them.

export class BreakSignal {
  constructor(readonly label?: string) {}
}

export class ContinueSignal {
  constructor(readonly label?: string) {}
}

export class ReturnSignal {}

export class ExitSignal {
  constructor(readonly code: number) {}
}

/**
 * Unwinds a running pipeline without being an error, as pwsh's StopUpstreamCommandsException and
 * PipelineStoppedException do: finally blocks run, catch and trap never see it, and it does not set $? to False.
 */
export abstract class PipelineStopSignal {}

/** pwsh's PipelineStoppedException: Ctrl+C stopped the running pipeline (see ../interrupt.ts). */
export class PipelineStoppedSignal extends PipelineStopSignal {}

export function isControlSignal(e: unknown): boolean {
  return e instanceof BreakSignal || e instanceof ContinueSignal || e instanceof ReturnSignal || e instanceof ExitSignal;
}

/** `return value` inside a class method: the method's result (output written before it is dropped). */
export class MethodReturn extends ReturnSignal {
  constructor(readonly value: unknown) {
    super();
  }
}

/** What catch and trap let pass: control flow and pipeline stops. */
export function passesThroughCatch(e: unknown): boolean {
  return isControlSignal(e) || e instanceof PipelineStopSignal;
}
