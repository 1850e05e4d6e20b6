// Control flow that crosses closures: break, continue, return, exit and a stopped pipeline travel as JS exceptions;
// loops, functions and the script top level catch the ones meant for them. None of them is an error: catch and
// trap never see them, finally blocks run.

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

/** pwsh's PipelineStoppedException: Ctrl+C stopped the running pipeline (see ../interrupt.ts). */
export class PipelineStoppedSignal {}

export function isControlSignal(e: unknown): boolean {
  return e instanceof BreakSignal || e instanceof ContinueSignal || e instanceof ReturnSignal || e instanceof ExitSignal || e instanceof PipelineStoppedSignal;
}
