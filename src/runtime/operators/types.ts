// -is / -isnot / -as and the range operator.

import { RuntimeType, PSObject, Hashtable, ListValue, PSChar, isNull, typeHierarchyOf, adapterFor, typeNameOf } from '../values';
import { convertTo, toInt32, ConversionError } from '../convert';
import { PSError } from '../values/errors';
import { runtimeError } from '../error-factory';

const INTERFACES: Array<[string, (v: unknown) => boolean]> = [
  ['System.Collections.IEnumerable', (v) => Array.isArray(v) || v instanceof Hashtable || v instanceof ListValue || typeof v === 'string'],
  ['System.Collections.ICollection', (v) => Array.isArray(v) || v instanceof Hashtable || v instanceof ListValue],
  ['System.Collections.IList', (v) => Array.isArray(v) || v instanceof ListValue],
  ['System.Collections.IDictionary', (v) => v instanceof Hashtable],
  ['System.IComparable', (v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean'],
  ['System.IFormattable', (v) => typeof v === 'number' || typeof v === 'bigint'],
];

/** `$value -is [T]`. */
export function isType(value: unknown, type: RuntimeType): boolean {
  if (isNull(value)) return false;
  const target = type.fullName;
  if (target === 'System.Object') return true;
  if (target === 'System.Management.Automation.PSObject') return value instanceof PSObject;
  const inner = value instanceof PSObject && !value.isCustomObject ? value.baseObject : value;
  const chain = typeHierarchyOf(inner);
  if (chain.includes(target)) return true;
  if (target === 'System.Array' && Array.isArray(inner)) return true;
  const iface = INTERFACES.find(([n]) => n === target);
  if (iface) return iface[1](inner);
  const a = adapterFor(inner);
  if (a?.interfaces?.includes(target)) return true;
  return target.endsWith('[]') && Array.isArray(inner) && typeNameOf(inner) === target;
}

/** `$value -as [T]`: the converted value or $null. */
export function asType(value: unknown, type: RuntimeType): unknown {
  try {
    return convertTo(value, type.fullName);
  } catch (e) {
    if (e instanceof PSError || e instanceof ConversionError) return null;
    throw e;
  }
}

interface RangeBounds {
  from: number;
  to: number;
  chars: boolean;
}

/** `a..b`'s ends: Int32 (either direction), or char codes when both ends are characters (or one-letter strings). */
function rangeBounds(a: unknown, b: unknown): RangeBounds {
  if (typeof a === 'string' && typeof b === 'string' && a.length === 1 && b.length === 1 && !/\d/.test(a + b)) {
    return { from: a.charCodeAt(0), to: b.charCodeAt(0), chars: true };
  }
  if (a instanceof PSChar && b instanceof PSChar) return { from: a.code, to: b.code, chars: true };
  return { from: toInt32(a), to: toInt32(b), chars: false };
}

/** `a..b` as a value: Int32 ranges (either direction); single-character strings give a char range. */
export function range(a: unknown, b: unknown): unknown[] {
  const { from, to, chars } = rangeBounds(a, b);
  const count = Math.abs(to - from) + 1;
  if (count > 50_000_000) throw runtimeError('RangeTooBig', 'The range is too large.', 'InvalidOperation');
  const out = new Array<unknown>(count);
  const step = from <= to ? 1 : -1;
  for (let i = 0, v = from; i < count; i++, v += step) out[i] = chars ? new PSChar(v) : v;
  return out;
}

/** `a..b` one item at a time, as pwsh streams a range at the start of a pipeline or in foreach: any size, and only
 * as far as it is read. */
export function rangeItems(a: unknown, b: unknown): Iterable<unknown> {
  const { from, to, chars } = rangeBounds(a, b);
  const step = from <= to ? 1 : -1;
  return {
    [Symbol.iterator]() {
      let v = from;
      let done = false;
      return {
        next(): IteratorResult<unknown> {
          if (done) return { done: true, value: undefined };
          const value = chars ? new PSChar(v) : v;
          if (v === to) done = true;
          else v += step;
          return { done: false, value };
        },
      };
    },
  };
}

export { ConversionError };
