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

/** `a..b`: Int32 ranges (either direction); single-character strings give a char range. */
export function range(a: unknown, b: unknown): unknown[] {
  if (typeof a === 'string' && typeof b === 'string' && a.length === 1 && b.length === 1 && !/\d/.test(a + b)) {
    return range(new PSChar(a.charCodeAt(0)), new PSChar(b.charCodeAt(0)));
  }
  if (a instanceof PSChar && b instanceof PSChar) {
    return range(a.code, b.code).map((c) => new PSChar(c as number));
  }
  const from = toInt32(a);
  const to = toInt32(b);
  const count = Math.abs(to - from) + 1;
  if (count > 50_000_000) throw runtimeError('RangeTooBig', 'The range is too large.', 'InvalidOperation');
  const out = new Array<number>(count);
  const step = from <= to ? 1 : -1;
  for (let i = 0, v = from; i < count; i++, v += step) out[i] = v;
  return out;
}

export { ConversionError };
