// ScriptBlock: source text plus the compiled body. The compiler owns what `compiled` is; values code only needs to
// invoke it through the engine hook, which the runtime installs when it starts.

export interface ScriptBlockInvoker {
  /** Runs the block with $_ = dollarUnder (if given) and $args = args, returning its output as an array; `input`
   * is pipeline input the block receives all at once in $input. With `out`, output goes there as it is written. */
  invoke(sb: ScriptBlock, args: unknown[], dollarUnder?: unknown, thisValue?: unknown, input?: unknown[], out?: (value: unknown) => void): unknown[];
  /** Runs the block in the caller's own scope with $_ = dollarUnder and $args = args (both restored after), as
   * .ForEach(), .Where() and a -replace script block do: what it assigns stays visible to the caller. */
  invokeInCallerScope(sb: ScriptBlock, args: unknown[], dollarUnder: unknown): unknown[];
}

let invoker: ScriptBlockInvoker | undefined;

export function setScriptBlockInvoker(i: ScriptBlockInvoker): void {
  invoker = i;
}

export class ScriptBlock {
  constructor(
    /** Source text between the braces (what ToString returns). */
    readonly text: string,
    /** The compiled form (opaque outside the compiler). */
    readonly compiled: unknown,
    /** Session-state the block was created in, when bound (opaque outside the runtime). */
    readonly sessionState?: unknown,
  ) {}

  invoke(args: unknown[] = [], dollarUnder?: unknown, thisValue?: unknown, input?: unknown[], out?: (value: unknown) => void): unknown[] {
    if (!invoker) throw new Error('No script block invoker installed');
    return invoker.invoke(this, args, dollarUnder, thisValue, input, out);
  }

  invokeInCallerScope(args: unknown[], dollarUnder: unknown): unknown[] {
    if (!invoker) throw new Error('No script block invoker installed');
    return invoker.invokeInCallerScope(this, args, dollarUnder);
  }

  toString(): string {
    return this.text;
  }
}
