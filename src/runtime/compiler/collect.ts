// Turning statement output into a value: `$x = <pipeline>`, `( )`, `$( )`, `@( )`.

import { AutomationNull, enumerateValue, Hashtable } from '../values';
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
      for (const x of items) out(x);
      return;
    }
  }
  out(value);
}
