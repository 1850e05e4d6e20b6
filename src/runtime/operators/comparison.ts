// Comparison operators: -eq -ne -gt -ge -lt -le -like -notlike -match -notmatch -contains -notcontains -in -notin,
// case-insensitive unless the `c` form. The left operand decides the comparison type; an array on the left filters.

import {
  DoubleBox, Decimal, TypedNumber, PSChar, DateTime, TimeSpan, Version, Guid, EnumValue, SwitchParameter, PSObject,
  Hashtable, AutomationNull, isNull, toJsNumber, enumerateValue, toDisplayString,
} from '../values';
import { toNumeric, toStr, toBool, convertTo, ConversionError } from '../convert';
import { numericOp } from './arithmetic';
import { netRegex, wildcardRegex } from './regex';
import { PSError } from '../values/errors';
import { errorRecord } from '../error-factory';

function unwrap(v: unknown): unknown {
  if (v === AutomationNull || v === undefined) return null;
  return v instanceof PSObject && !v.isCustomObject ? v.baseObject : v;
}

function isNum(v: unknown): boolean {
  return typeof v === 'number' || typeof v === 'bigint' || v instanceof DoubleBox || v instanceof Decimal || v instanceof TypedNumber;
}

/** Equality as -eq sees it, with a scalar on the left. */
export function equals(a: unknown, b: unknown, ignoreCase = true): boolean {
  a = unwrap(a);
  b = unwrap(b);
  if (a === null) return b === null;
  if (b === null) return false;
  if (typeof a === 'string') {
    const s = typeof b === 'string' ? b : toStr(b);
    return ignoreCase ? a.length === s.length && (a === s || a.toLowerCase() === s.toLowerCase()) : a === s;
  }
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  if (isNum(a)) {
    let n;
    try {
      n = toNumeric(b);
    } catch {
      return false;
    }
    return compareNumbers(a, n) === 0;
  }
  if (typeof a === 'boolean') return a === toBool(b);
  if (a instanceof PSChar) {
    if (b instanceof PSChar) return ignoreCase ? String.fromCharCode(a.code).toLowerCase() === String.fromCharCode(b.code).toLowerCase() : a.code === b.code;
    if (typeof b === 'string') return ignoreCase ? a.toString().toLowerCase() === b.toLowerCase() : a.toString() === b;
    try {
      return a.code === toJsNumber(toNumeric(b));
    } catch {
      return false;
    }
  }
  if (a instanceof DateTime) {
    const d = b instanceof DateTime ? b : tryConvert(b, 'System.DateTime');
    return d instanceof DateTime && d.wallMs === a.wallMs && d.subTicks === a.subTicks;
  }
  if (a instanceof TimeSpan) return b instanceof TimeSpan && a.ticks === b.ticks;
  if (a instanceof Version) {
    const v = b instanceof Version ? b : tryConvert(b, 'System.Version');
    return v instanceof Version && a.compare(v) === 0;
  }
  if (a instanceof Guid) return toStr(b).toLowerCase().replace(/[{}()]/g, '') === a.value;
  if (a instanceof EnumValue) {
    if (b instanceof EnumValue) return a.value === b.value;
    if (typeof b === 'string') return a.name.toLowerCase() === b.toLowerCase();
    try {
      return a.value === toJsNumber(toNumeric(b));
    } catch {
      return false;
    }
  }
  if (a instanceof SwitchParameter) return a.IsPresent === toBool(b);
  return a === b;
}

function tryConvert(v: unknown, t: string): unknown {
  try {
    return convertTo(v, t);
  } catch {
    return undefined;
  }
}

function compareNumbers(a: unknown, b: unknown): number {
  const diff = numericOp('sub', a as number, b as number);
  const n = diff instanceof Decimal ? diff.mantissa : typeof diff === 'bigint' ? diff : toJsNumber(diff);
  if (typeof n === 'number' && Number.isNaN(n)) {
    const x = toJsNumber(a);
    const y = toJsNumber(b);
    return x === y ? 0 : x < y ? -1 : x > y ? 1 : Number.isNaN(x) ? (Number.isNaN(y) ? 0 : -1) : 1;
  }
  return n > 0 ? 1 : n < 0 ? -1 : 0;
}

/** String ordering: culture-like (case-insensitive first) comparison. */
export function compareStrings(a: string, b: string, ignoreCase: boolean): number {
  if (ignoreCase) {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const c = a.localeCompare(b, 'en', { sensitivity: 'case', caseFirst: 'lower' });
  return c < 0 ? -1 : c > 0 ? 1 : 0;
}

function comparisonError(a: unknown, b: unknown, inner: PSError): PSError {
  const msg = inner.record.exception.message;
  return new PSError(errorRecord('ComparisonFailure', `Could not compare "${toDisplayString(a)}" to "${toDisplayString(b)}". Error: "${msg}"`, 'InvalidOperation'));
}

/** -gt/-lt ordering with a scalar on the left: negative, zero or positive. */
export function compare(a: unknown, b: unknown, ignoreCase = true): number {
  a = unwrap(a);
  b = unwrap(b);
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  if (a === null) return b === null ? 0 : isNum(b) ? compareNumbers(0, b) : -1;
  if (b === null) return isNum(a) ? compareNumbers(a, 0) : 1;
  if (typeof a === 'string') return compareStrings(a, toStr(b), ignoreCase);
  if (isNum(a) || typeof a === 'boolean') {
    let n;
    try {
      n = toNumeric(b);
    } catch (e) {
      if (e instanceof ConversionError) throw e;
      throw e;
    }
    return compareNumbers(typeof a === 'boolean' ? (a ? 1 : 0) : a, n);
  }
  if (a instanceof PSChar) return compareNumbers(a.code, b instanceof PSChar ? b.code : toNumeric(b));
  if (a instanceof DateTime) {
    const d = b instanceof DateTime ? b : (convertTo(b, 'System.DateTime') as DateTime);
    return Math.sign(a.wallMs - d.wallMs) || Math.sign(a.subTicks - d.subTicks);
  }
  if (a instanceof TimeSpan) return Math.sign(a.ticks - (convertTo(b, 'System.TimeSpan') as TimeSpan).ticks);
  if (a instanceof Version) return a.compare(convertTo(b, 'System.Version') as Version);
  if (a instanceof EnumValue) return compareNumbers(a.value, b instanceof EnumValue ? b.value : toNumeric(b));
  if (a instanceof Guid) return compareStrings(a.value, toStr(b), true);
  const err = new PSError(errorRecord('NotIcomparable', `Cannot compare "${toDisplayString(a)}" because it is not IComparable.`, 'InvalidOperation'));
  throw err;
}

function safeCompare(a: unknown, b: unknown, ignoreCase: boolean): number {
  try {
    return compare(a, b, ignoreCase);
  } catch (e) {
    if (e instanceof ConversionError) throw comparisonError(a, b, e);
    throw e;
  }
}

/** Items of the left operand when it is a collection (the filtering form), else undefined. */
function leftItems(a: unknown): unknown[] | undefined {
  if (a === null || typeof a !== 'object' || a instanceof Hashtable) return undefined;
  const e = enumerateValue(a);
  return e ? [...e] : undefined;
}

export type CompareKind = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

function scalarCompare(kind: CompareKind, a: unknown, b: unknown, ic: boolean): boolean {
  switch (kind) {
    case 'eq':
      return equals(a, b, ic);
    case 'ne':
      return !equals(a, b, ic);
    case 'gt':
      return safeCompare(a, b, ic) > 0;
    case 'ge':
      return safeCompare(a, b, ic) >= 0;
    case 'lt':
      return safeCompare(a, b, ic) < 0;
    case 'le':
      return safeCompare(a, b, ic) <= 0;
  }
}

/** -eq/-ne/-gt/...: a boolean, or the matching items when the left operand is a collection. */
export function compareOp(kind: CompareKind, a: unknown, b: unknown, ignoreCase: boolean): unknown {
  const items = leftItems(a);
  if (!items) return scalarCompare(kind, a, b, ignoreCase);
  return items.filter((x) => scalarCompare(kind, x, b, ignoreCase));
}

/** -like / -notlike. */
export function likeOp(a: unknown, b: unknown, ignoreCase: boolean, negate: boolean): unknown {
  const re = wildcardRegex(toStr(b), ignoreCase);
  const test = (x: unknown) => re.test(toStr(x)) !== negate;
  const items = leftItems(a);
  return items ? items.filter(test) : test(a);
}

/** -match / -notmatch: the boolean (or filtered items) and, for a scalar match, the $Matches table. */
export function matchOp(a: unknown, b: unknown, ignoreCase: boolean, negate: boolean): { result: unknown; matches?: Hashtable } {
  const re = netRegex(toStr(b), ignoreCase);
  const items = leftItems(a);
  if (items) {
    return { result: items.filter((x) => { re.lastIndex = 0; return re.test(toStr(x)) !== negate; }) };
  }
  re.lastIndex = 0;
  const m = re.exec(toStr(a));
  re.lastIndex = 0;
  if (!m) return { result: negate };
  return { result: !negate, matches: negate ? undefined : matchTable(m) };
}

/** $Matches: numbered groups that matched, then named groups (pwsh lists them in reverse order of number). */
export function matchTable(m: RegExpExecArray): Hashtable {
  const h = new Hashtable();
  const named = m.groups ?? {};
  const namedValues = new Set(Object.keys(named));
  for (let i = m.length - 1; i >= 0; i--) if (m[i] !== undefined) h.set(i, m[i]);
  for (const k of namedValues) if (named[k] !== undefined) h.set(k, named[k]);
  return h;
}

/** -contains / -notcontains / -in / -notin (collection is the left for contains, the right for in). */
export function containsOp(collection: unknown, value: unknown, ignoreCase: boolean): boolean {
  const c = unwrap(collection);
  const items = c === null ? [null] : c instanceof Hashtable ? [c] : enumerateValue(c) ?? [c];
  for (const x of items) if (equals(x, value, ignoreCase)) return true;
  return false;
}
