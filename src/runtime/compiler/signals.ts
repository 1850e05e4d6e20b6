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

export function isControlSignal(e: unknown): boolean {
  return e instanceof BreakSignal || e instanceof ContinueSignal || e instanceof ReturnSignal || e instanceof ExitSignal;
}

/** `return value` inside a class method: the method's result (output written before it is dropped). */
export class MethodReturn extends ReturnSignal {
  constructor(readonly value: unknown) {
    super();
  }
}
