// Turning statement output into a value: `$x = <pipeline>`, `( )`, `$( )`, `@( )`.

import { AutomationNull, enumerateValue, enumeratorTypeName, Hashtable, DotNetException, ErrorRecord, PSError } from '../values';
import { Msg, fmt } from '../messages';
import type { ExecContext, Stmt } from './context';

/** Runs statements and returns their output items. */
export function collect(ctx: ExecContext, stmt: Stmt): unknown[] {
  const out: unknown[] = [];
  stmt(ctx, (v) => {
    out.push(v);
  });
  return out;
}

/** Output as a value: nothing → AutomationNull, one item → the item, more → object[]. */
export function unwrapOutput(items: unknown[]): unknown {
  return items.length === 0 ? AutomationNull : items.length === 1 ? items[0] : items;
}

/** Writes a value to a sink the way a pipeline does: collections are unrolled one level. */
export function emitEnumerated(value: unknown, out: (v: unknown) => void): void {
  if (value === AutomationNull) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) out(value[i]);
    return;
  }
  if (value !== null && typeof value === 'object' && !(value instanceof Hashtable)) {
    const items = enumerateValue(value);
    if (items) {
      forEachStep(items, out, (e) => badEnumeration(value, e));
      return;
    }
  }
  out(value);
}

/** Walks an enumeration step by step; a step that throws (the collection changed under it) throws what `stepFailed`
 * makes of that error instead. */
export function forEachStep(items: Iterable<unknown>, visit: (item: unknown) => void, stepFailed: (e: unknown) => unknown): void {
  const it = items[Symbol.iterator]();
  for (;;) {
    let step: IteratorResult<unknown>;
    try {
      step = it.next();
    } catch (e) {
      throw stepFailed(e);
    }
    if (step.done) return;
    visit(step.value);
  }
}

/** pwsh's BadEnumeration: a collection that fails while its items go down a pipeline (it changed under it). */
function badEnumeration(collection: unknown, e: unknown): unknown {
  if (!(e instanceof DotNetException)) return e;
  const ex = new DotNetException('System.Management.Automation.RuntimeException', fmt(Msg.BadEnumeration, e.message), e);
  const rec = new ErrorRecord(ex, 'BadEnumeration', 'InvalidOperation', null);
  ex.errorRecord = rec;
  const name = enumeratorTypeName(collection);
  if (name) {
    rec.categoryInfo.targetName = name;
    rec.categoryInfo.targetType = name.slice(name.lastIndexOf('+') + 1).replace(/\[.*$/, '');
  }
  return new PSError(rec);
}
