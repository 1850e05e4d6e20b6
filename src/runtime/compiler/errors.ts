// pwsh's error semantics at statement level: a statement-terminating error is reported and the next statement runs;
// with a trap in the block the trap runs first; inside an active try (dynamically) the error goes to the catch;
// script-terminating errors unwind to the top. JS exceptions that escape adapters become RuntimeExceptions so users
// never see a JS stack trace.

import type * as A from '../../parser/ast';
import { ErrorRecord, DotNetException, PSError, TrapBreakError, exceptionTypeChain, typeNameOf } from '../values';
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

/**
 * The handler (catch clause or trap) pwsh picks for an error, and the exception it sees: the most derived type match
 * of the wrapped exception, else of the wrapper when that found nothing more specific than [Exception], else a
 * handler without a type (a trap's sees the wrapped exception, a catch's the wrapper).
 */
export function findHandler<H extends { types: string[] }>(record: ErrorRecord, handlers: H[], untypedSeesWrapped: boolean): { handler: H; record: ErrorRecord } | undefined {
  const resolved = handlers.map((h) => h.types.map((t) => resolveTypeName(t).fullName));
  const byType = (ex: DotNetException): number => {
    for (const type of exceptionTypeChain(ex.typeName)) {
      const i = resolved.findIndex((types) => types.includes(type));
      if (i >= 0) return i;
    }
    return -1;
  };
  const outer = record.exception;
  const inner = outer.innerException;
  let found = inner ? byType(inner) : -1;
  let seen: DotNetException = inner ?? outer;
  if (found < 0 || resolved[found].includes('System.Exception')) {
    const wrapper = byType(outer);
    if (wrapper >= 0) [found, seen] = [wrapper, outer];
  }
  if (found < 0) {
    found = resolved.findIndex((types) => types.length === 0);
    seen = untypedSeesWrapped && inner ? inner : outer;
  }
  if (found < 0) return undefined;
  return { handler: handlers[found], record: seen === outer ? record : record.withException(seen) };
}

interface Trap {
  types: string[];
  body: Stmt;
}

/** Handles an exception escaping a statement. Returns normally when execution should go on with the next one. */
export function handleStatementError(ctx: ExecContext, e: unknown, traps: Trap[] | undefined, out: Sink): void {
  if (passesThroughCatch(e)) throw e;
  const err = toPSError(ctx, e);
  if (traps) {
    const found = findHandler(err.record, traps, true);
    if (found) {
      let resume = false;
      withVariablesIn(ctx.scope, { _: found.record }, () => {
        try {
          found.handler.body(ctx, out);
        } catch (signal) {
          if (signal instanceof ContinueSignal) resume = true;
          else if (signal instanceof BreakSignal) throw new TrapBreakError(err.record);
          else throw signal;
        }
      });
      if (!resume) ctx.engine.reportError(ctx, err.record);
      else ctx.engine.recordError(err.record);
      return;
    }
    // no trap of the block takes it: the error ends the script unless an outer try or trap does
    throw err.terminating === 'script' ? err : new PSError(err.record, 'script');
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

