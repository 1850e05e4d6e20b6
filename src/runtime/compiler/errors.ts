// pwsh's error semantics at statement level: a statement-terminating error is reported and the next statement runs;
// with a trap in the block the trap runs first; inside an active try (dynamically) the error goes to the catch;
// script-terminating errors unwind to the top. JS exceptions that escape adapters become RuntimeExceptions so users
// never see a JS stack trace.

import type * as A from '../../parser/ast';
import { ErrorRecord, DotNetException, PSError, exceptionTypeChain, typeNameOf } from '../values';
import { toStr, toBool } from '../convert';
import { errorRecord } from '../error-factory';
import { BreakSignal, ContinueSignal, passesThroughCatch } from './signals';
import { withVariablesIn } from './variables';
import type { ExecContext, Sink, Stmt } from './context';
import { resolveTypeName } from '../types/resolver';
import { Msg, fmt } from '../messages';

/** Converts anything thrown into a PSError (JS errors become RuntimeException / ScriptCallDepthException). */
export function toPSError(ctx: ExecContext, e: unknown): PSError {
  if (e instanceof PSError) return e;
  if (e instanceof DotNetException) {
    const rec = e.errorRecord ?? new ErrorRecord(e, e.typeName.slice(e.typeName.lastIndexOf('.') + 1), 'NotSpecified', null);
    return new PSError(rec);
  }
  // indexOf, not a RegExp: at the stack limit compiling a pattern overflows again ("Invalid regular expression: ...").
  if (e instanceof RangeError && e.message.indexOf('call stack') >= 0) {
    return new PSError(errorRecord('CallDepthOverflow', 'The script failed due to call depth overflow.', 'InvalidOperation', 'System.Management.Automation.ScriptCallDepthException'), 'script');
  }
  return new PSError(errorRecord('System.Management.Automation.RuntimeException', thrownValueMessage(e), 'NotSpecified'));
}

/** The message of anything JavaScript may throw: its own message when it has one, never `[object Object]`. */
export function thrownValueMessage(e: unknown): string {
  const own = e !== null && typeof e === 'object' ? (e as { message?: unknown }).message : undefined;
  if (typeof own === 'string' && own !== '') return own;
  if (typeof e === 'string' && e !== '') return e;
  if (e === null || typeof e !== 'object') return fmt(Msg.ExceptionOfTypeThrown, e === undefined || e === null ? 'System.Exception' : typeof e);
  return fmt(Msg.ExceptionOfTypeThrown, e.constructor?.name || 'System.Exception');
}

/** Whether an error record's exception is (or derives from) the catch type. */
export function catchMatches(record: ErrorRecord, typeName: string): boolean {
  // pwsh also matches the inner exception of a wrapper (MethodInvocationException, RuntimeException from 1/0).
  for (let ex: DotNetException | undefined = record.exception; ex; ex = ex.innerException) {
    if (exceptionTypeChain(ex.typeName).includes(typeName)) return true;
  }
  return false;
}

interface Trap {
  type?: string;
  body: Stmt;
}

/** Handles an exception escaping a statement. Returns normally when execution should go on with the next one. */
export function handleStatementError(ctx: ExecContext, e: unknown, traps: Trap[] | undefined, out: Sink): void {
  if (passesThroughCatch(e)) throw e;
  const err = toPSError(ctx, e);
  if (traps) {
    const trap = traps.find((t) => !t.type || catchMatches(err.record, resolveTypeName(t.type).fullName));
    if (trap) {
      let resume = false;
      withVariablesIn(ctx.scope, { _: err.record }, () => {
        try {
          trap.body(ctx, out);
        } catch (signal) {
          if (signal instanceof ContinueSignal) resume = true;
          else if (signal instanceof BreakSignal) throw new PSError(err.record, 'script');
          else throw signal;
        }
      });
      if (!resume) ctx.engine.reportError(ctx, err.record);
      else ctx.engine.recordError(err.record);
      return;
    }
  }
  if (ctx.engine.tryDepth > 0 || err.terminating === 'script') throw err;
  // A statement-terminating error outside try: report it (unless the preference silences it) and go on.
  const pref = toStr(ctx.scope.lookup('erroractionpreference')?.value ?? 'Continue').toLowerCase();
  if (pref === 'stop') throw new PSError(err.record, 'script');
  if (pref === 'ignore') return;
  if (pref === 'silentlycontinue') {
    ctx.engine.recordError(err.record);
    return;
  }
  ctx.engine.reportError(ctx, err.record);
}

/** `throw <value>`: a script-terminating RuntimeException whose message and id are the value's text. */
export function throwStatementError(ctx: ExecContext, value: unknown, ast: A.ThrowStatementAst): never {
  const message = value === 'ScriptHalted' ? 'ScriptHalted' : toStr(value);
  const rec = errorRecord(message, message, 'OperationStopped', 'System.Management.Automation.RuntimeException', value === 'ScriptHalted' || value === '' ? null : value);
  rec.exception.wasThrownFromThrowStatement = true;
  throw ctx.engine.attachInvocation(ctx, new PSError(rec, 'script'), ast.extent);
}

