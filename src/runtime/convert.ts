// LanguagePrimitives: every conversion the language does (casts, parameter binding, operator operands, conditions,
// string expansion) lives here so the rules are the same everywhere.

import {
  DoubleBox, Decimal, TypedNumber, NumericTypeName, PSChar, SecureString, PSCredential, EnumValue, Guid, Version,
  SwitchParameter, Hashtable, ListValue, PSObject, ScriptBlock, DateTime, TimeSpan, RuntimeType, AutomationNull,
  typedArray, isInt32, makeDouble, toJsNumber, bankersRound, isNumeric, typeNameOf, toDisplayString, enumerateValue,
  findType, typeHierarchyOf, INT32_MAX, INT32_MIN, INT64_MAX, INT64_MIN, formatDouble, ErrorRecord, flagNames,
} from './values';
import { PSError } from './values/errors';
import { errorRecord } from './error-factory';
import { Msg, fmt } from './messages';

/** A failed conversion: statement-terminating, and the binder reads `inner` to build CannotConvertArgument. */
export class ConversionError extends PSError {
  constructor(
    readonly value: unknown,
    readonly targetType: string,
    /** The text after `Error: "` (the .NET exception message), or '' when the message has no inner part. */
    readonly inner: string,
    errorId: string,
    message?: string,
  ) {
    super(
      errorRecord(
        errorId,
        message ?? (inner ? fmt(Msg.InvalidCastExceptionWithInner, toDisplayString(value), targetType, inner) : fmt(Msg.InvalidCastException, toDisplayString(value), typeNameOf(value), targetType)),
        'InvalidArgument',
        'System.Management.Automation.RuntimeException',
      ),
    );
  }
}

// ---------------------------------------------------------------------------------------------------------------------
// Type names

const CANONICAL: Record<string, string> = {
  int: 'System.Int32', int32: 'System.Int32', long: 'System.Int64', int64: 'System.Int64', double: 'System.Double',
  float: 'System.Single', single: 'System.Single', decimal: 'System.Decimal', string: 'System.String',
  bool: 'System.Boolean', boolean: 'System.Boolean', char: 'System.Char', byte: 'System.Byte', sbyte: 'System.SByte',
  int16: 'System.Int16', short: 'System.Int16', uint16: 'System.UInt16', ushort: 'System.UInt16',
  uint32: 'System.UInt32', uint: 'System.UInt32', uint64: 'System.UInt64', ulong: 'System.UInt64',
  object: 'System.Object', array: 'System.Array', hashtable: 'System.Collections.Hashtable',
  ordered: 'System.Collections.Specialized.OrderedDictionary', datetime: 'System.DateTime',
  timespan: 'System.TimeSpan', guid: 'System.Guid', version: 'System.Version',
  regex: 'System.Text.RegularExpressions.Regex', scriptblock: 'System.Management.Automation.ScriptBlock',
  switch: 'System.Management.Automation.SwitchParameter', psobject: 'System.Management.Automation.PSObject',
  pscustomobject: 'System.Management.Automation.PSObject', securestring: 'System.Security.SecureString',
  pscredential: 'System.Management.Automation.PSCredential', type: 'System.Type', void: 'System.Void',
  bigint: 'System.Numerics.BigInteger', errorrecord: 'System.Management.Automation.ErrorRecord',
  arraylist: 'System.Collections.ArrayList', idictionary: 'System.Collections.IDictionary',
  ienumerable: 'System.Collections.IEnumerable', valuetype: 'System.ValueType',
  exception: 'System.Exception', runtimeexception: 'System.Management.Automation.RuntimeException',
  actionpreference: 'System.Management.Automation.ActionPreference',
};

/** Full .NET name for a type as written (accelerator, short or full name, `T[]`); unknown names come back as written. */
export function canonicalTypeName(name: string): string {
  const t = name.trim();
  if (t.endsWith('[]')) return canonicalTypeName(t.slice(0, -2)) + '[]';
  const lower = t.toLowerCase();
  const c = CANONICAL[lower] ?? CANONICAL[lower.replace(/^system\./, '')];
  if (c) return c;
  const a = findType(t);
  return a ? a.fullName : t;
}

// ---------------------------------------------------------------------------------------------------------------------
// Booleans and strings

/** LanguagePrimitives.IsTrue. */
export function toBool(v: unknown): boolean {
  if (v === null || v === undefined || v === AutomationNull) return false;
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'number':
      return v !== 0 && !Number.isNaN(v);
    case 'string':
      return v.length > 0;
    case 'bigint':
      return v !== 0n;
  }
  if (Array.isArray(v)) return v.length === 0 ? false : v.length === 1 ? toBool(v[0]) : true;
  if (v instanceof SwitchParameter) return v.IsPresent;
  if (v instanceof DoubleBox) return v.value !== 0;
  if (v instanceof Decimal) return v.mantissa !== 0n;
  if (v instanceof TypedNumber) return Number(v.value) !== 0;
  if (v instanceof PSChar) return v.code !== 0;
  if (v instanceof ListValue) return v.items.length === 0 ? false : v.items.length === 1 ? toBool(v.items[0]) : true;
  if (v instanceof PSObject && !v.isCustomObject) return toBool(v.baseObject);
  return true;
}

/** String conversion ([string]$x, "$x"): collections are joined with $OFS (default ' '). */
export function toStr(v: unknown, ofs = ' '): string {
  if (typeof v === 'string') return v;
  if (v === null || v === undefined || v === AutomationNull) return '';
  if (typeof v === 'number') return isInt32(v) ? String(v) : formatDouble(v);
  const items = v instanceof Hashtable ? undefined : enumerateValue(v);
  if (items) {
    const parts: string[] = [];
    for (const x of items) parts.push(invariantString(x));
    return parts.join(ofs);
  }
  return invariantString(v);
}

/** A scalar's text under the invariant culture (string conversion is culture-invariant in pwsh). */
function invariantString(v: unknown): string {
  if (v instanceof DateTime) return v.toInvariantString();
  if (v instanceof PSObject && !v.isCustomObject && v.baseObject instanceof DateTime) return v.baseObject.toInvariantString();
  return toDisplayString(v);
}

// ---------------------------------------------------------------------------------------------------------------------
// Numbers

const MULTIPLIERS: Record<string, number> = { kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3, tb: 1024 ** 4, pb: 1024 ** 5 };

/** Parses a number the way pwsh reads numeric text in conversions ("0x1F", " 12 ", "1e3", "1kb"); undefined if not. */
export function parseNumberString(text: string): number | bigint | DoubleBox | Decimal | undefined {
  const s = text.trim();
  if (s === '') return 0;
  const hex = /^([+-]?)0x([0-9a-f]+)(l?)$/i.exec(s);
  if (hex) {
    let n = BigInt('0x' + hex[2]);
    if (!hex[3] && n <= 0xffffffffn && n > BigInt(INT32_MAX)) n -= 0x100000000n;
    if (hex[1] === '-') n = -n;
    return hex[3] ? n : n >= BigInt(INT32_MIN) && n <= BigInt(INT32_MAX) ? Number(n) : n;
  }
  const m = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)(d|l)?(kb|mb|gb|tb|pb)?$/i.exec(s);
  if (!m) return undefined;
  const mult = m[3] ? MULTIPLIERS[m[3].toLowerCase()] : 1;
  const suffix = m[2]?.toLowerCase();
  if (suffix === 'd') {
    const d = Decimal.parse(m[1])!;
    return mult === 1 ? d : d.mul(Decimal.fromBigInt(BigInt(mult)));
  }
  const isReal = /[.e]/i.test(m[1]);
  if (!isReal) {
    const n = BigInt(m[1]) * BigInt(mult);
    if (suffix === 'l') return n;
    if (n >= BigInt(INT32_MIN) && n <= BigInt(INT32_MAX)) return Number(n);
    if (n >= INT64_MIN && n <= INT64_MAX) return n;
    return Decimal.fromBigInt(n);
  }
  const d = Number(m[1]) * mult;
  if (suffix === 'l') return BigInt(Math.round(d));
  return makeDouble(d);
}

/** An operand for arithmetic: numeric values stay, strings are parsed, bools/chars/null become numbers. */
export function toNumeric(v: unknown, forType = 'System.Int32'): number | bigint | DoubleBox | Decimal | TypedNumber {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (v === null || v === undefined || v === AutomationNull) return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof DoubleBox || v instanceof Decimal || v instanceof TypedNumber) return v;
  if (typeof v === 'string') {
    const n = parseNumberString(v);
    if (n === undefined) throw new ConversionError(v, forType, `The input string '${v}' was not in a correct format.`, 'InvalidCastFromStringToInteger');
    return n;
  }
  if (v instanceof PSChar) return v.code;
  if (v instanceof EnumValue) return v.value;
  if (v instanceof SwitchParameter) return v.IsPresent ? 1 : 0;
  if (v instanceof PSObject && !v.isCustomObject) return toNumeric(v.baseObject, forType);
  if (Array.isArray(v) && v.length === 1) return toNumeric(v[0], forType);
  throw new ConversionError(v, forType, '', 'InvalidCastException');
}

function tooLarge(v: unknown, target: string, short: string, fromString: boolean): ConversionError {
  const what = short === 'Byte' ? 'an unsigned byte' : short === 'SByte' ? 'a signed byte' : `${/^[AEIOU]/.test(short) ? 'an' : 'a'} ${short}`;
  return new ConversionError(v, target, `Value was either too large or too small for ${what}.`, fromString ? 'InvalidCastFromStringToInteger' : 'InvalidCastIConvertible');
}

/** Converts to an integer type within [min, max], rounding half to even like .NET. */
function toIntegral(v: unknown, target: string, short: string, min: bigint, max: bigint): bigint {
  const fromString = typeof v === 'string';
  if (v instanceof DateTime || v instanceof TimeSpan || v instanceof Guid) {
    throw new ConversionError(v, target, `Invalid cast from '${typeNameOf(v)!.slice(7)}' to '${short}'.`, 'InvalidCastIConvertible');
  }
  let n: number | bigint | DoubleBox | Decimal | TypedNumber;
  try {
    n = toNumeric(v, target);
  } catch (e) {
    if (e instanceof ConversionError && fromString) throw new ConversionError(v, target, `The input string '${v}' was not in a correct format.`, 'InvalidCastFromStringToInteger');
    if (e instanceof ConversionError) throw new ConversionError(v, target, '', 'ConvertToFinalInvalidCastException');
    throw e;
  }
  let b: bigint;
  if (typeof n === 'bigint') b = n;
  else if (n instanceof Decimal) b = n.toBigInt();
  else {
    const x = n instanceof TypedNumber ? Number(n.value) : n instanceof DoubleBox ? n.value : n;
    if (!Number.isFinite(x)) throw tooLarge(v, target, short, fromString);
    b = BigInt(bankersRound(x));
  }
  if (b < min || b > max) throw tooLarge(v, target, short, fromString);
  return b;
}

const INT_RANGES: Record<string, [string, bigint, bigint]> = {
  'System.Byte': ['Byte', 0n, 255n],
  'System.SByte': ['SByte', -128n, 127n],
  'System.Int16': ['Int16', -32768n, 32767n],
  'System.UInt16': ['UInt16', 0n, 65535n],
  'System.UInt32': ['UInt32', 0n, 4294967295n],
  'System.UInt64': ['UInt64', 0n, 18446744073709551615n],
};

export function toInt32(v: unknown): number {
  if (isInt32(v)) return v;
  return Number(toIntegral(v, 'System.Int32', 'Int32', BigInt(INT32_MIN), BigInt(INT32_MAX)));
}

export function toInt64(v: unknown): bigint {
  return toIntegral(v, 'System.Int64', 'Int64', INT64_MIN, INT64_MAX);
}

export function toDouble(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') {
    const t = v.trim();
    const n = parseNumberString(t.replace(/,/g, ''));
    if (n === undefined) throw new ConversionError(v, 'System.Double', `The input string '${v}' was not in a correct format.`, 'InvalidCastParseTargetInvocationWithFormatProvider');
    return toJsNumber(n);
  }
  if (v instanceof DateTime) throw new ConversionError(v, 'System.Double', "Invalid cast from 'DateTime' to 'Double'.", 'InvalidCastIConvertible');
  return toJsNumber(toNumeric(v, 'System.Double'));
}

export function toDecimal(v: unknown): Decimal {
  if (v instanceof Decimal) return v;
  if (typeof v === 'string') {
    // pwsh reads the text as a number first, so '1.10' becomes 1.1.
    const d = Decimal.parse(v.replace(/,/g, ''));
    if (d && d.scale > 0) return Decimal.fromNumber(d.toNumber());
    if (!d) throw new ConversionError(v, 'System.Decimal', `The input string '${v}' was not in a correct format.`, 'InvalidCastParseTargetInvocationWithFormatProvider');
    return d;
  }
  const n = toNumeric(v, 'System.Decimal');
  if (typeof n === 'bigint') return Decimal.fromBigInt(n);
  if (n instanceof Decimal) return n;
  return Decimal.fromNumber(toJsNumber(n));
}

// ---------------------------------------------------------------------------------------------------------------------
// Casts

/** Parses date text the way [datetime]"..." does (invariant culture: ISO, M/d/yyyy, with optional time). */
export function parseDateTime(text: string): DateTime | undefined {
  const s = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(s);
  let parts: number[] | undefined;
  let zone: string | undefined;
  let frac = '';
  if (m) {
    parts = [m[1], m[2], m[3], m[4] ?? 0, m[5] ?? 0, m[6] ?? 0].map(Number);
    frac = m[7] ?? '';
    zone = m[8];
  } else {
    m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM)?)?$/i.exec(s);
    if (m) {
      let h = Number(m[4] ?? 0);
      if (m[7]) h = (h % 12) + (m[7].toUpperCase() === 'PM' ? 12 : 0);
      parts = [Number(m[3]), Number(m[1]), Number(m[2]), h, Number(m[5] ?? 0), Number(m[6] ?? 0)];
    }
  }
  if (!parts) return undefined;
  const [y, mo, d, h, mi, sec] = parts;
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 59) return undefined;
  const ticks = frac ? Number(frac.padEnd(7, '0')) : 0;
  const dt = DateTime.fromParts(y, mo, d, h, mi, sec, Math.floor(ticks / 10000), zone ? 'Utc' : 'Unspecified');
  if (dt.Day !== d) return undefined;
  if (!zone) return new DateTime(dt.wallMs, 'Unspecified', ticks % 10000);
  const offMin = zone.toUpperCase() === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  // A time with an offset is converted to local time, as .NET's DateTime.Parse does.
  return new DateTime(dt.wallMs - offMin * 60000, 'Utc', ticks % 10000).toLocal();
}

/** Parses TimeSpan text: [-][d.]hh:mm[:ss[.fffffff]] or a day count. */
export function parseTimeSpan(text: string): TimeSpan | undefined {
  const m = /^\s*(-)?(?:(\d+)\.)?(\d+):(\d+)(?::(\d+)(?:\.(\d{1,7}))?)?\s*$/.exec(text);
  if (m) {
    const t = TimeSpan.fromParts(Number(m[2] ?? 0), Number(m[3]), Number(m[4]), Number(m[5] ?? 0)).ticks + Number((m[6] ?? '').padEnd(7, '0') || 0);
    return new TimeSpan(m[1] ? -t : t);
  }
  const d = /^\s*(-?\d+)\s*$/.exec(text);
  return d ? TimeSpan.fromParts(Number(d[1]), 0, 0, 0) : undefined;
}

function scalarOf(v: unknown): unknown {
  return v instanceof PSObject && !v.isCustomObject ? v.baseObject : v;
}

/** `[T]$value` with pwsh's rules; T is a type name as written or its full name. Throws ConversionError. */
export function convertTo(value: unknown, typeName: string): unknown {
  const target = canonicalTypeName(typeName);
  const v = scalarOf(value === AutomationNull || value === undefined ? null : value);
  if (target.endsWith('[]')) return toTypedArray(v, target);
  if (target.includes('`') || target.endsWith(']')) return toConstructedGeneric(value, v, target);
  switch (target) {
    case 'System.Object':
    case 'System.Management.Automation.PSObject':
      return target === 'System.Management.Automation.PSObject' && typeName.toLowerCase() === 'pscustomobject' ? toCustomObject(value) : value;
    case 'System.String':
      return v === null ? '' : toStr(v);
    case 'System.Boolean':
      return toBool(v);
    case 'System.Int32':
      return toInt32(v);
    case 'System.Int64':
      return toInt64(v);
    case 'System.Double':
      return makeDouble(toDouble(v));
    case 'System.Single':
      return new TypedNumber('System.Single', Math.fround(toDouble(v)));
    case 'System.Decimal':
      return toDecimal(v);
    case 'System.Char':
      return toChar(v);
    case 'System.Management.Automation.SwitchParameter':
      return new SwitchParameter(toBool(v));
    case 'System.Collections.Hashtable':
      if (v instanceof Hashtable) return v;
      break;
    case 'System.Collections.Specialized.OrderedDictionary':
      if (v instanceof Hashtable) return v.ordered ? v : Hashtable.from(v.keys().map((k) => [k, v.get(k)]), true);
      break;
    case 'System.Array':
      return Array.isArray(v) ? v : v === null ? null : [v];
    case 'System.DateTime':
      if (v instanceof DateTime) return v;
      if (typeof v === 'string') {
        const d = parseDateTime(v);
        if (d) return d;
        throw new ConversionError(v, target, `The string '${v}' was not recognized as a valid DateTime. There is an unknown word starting at index '0'.`, 'InvalidCastParseTargetInvocationWithFormatProvider');
      }
      if (typeof v === 'bigint') return new DateTime(Number((v - 621355968000000000n) / 10000n), 'Unspecified');
      break;
    case 'System.TimeSpan':
      if (v instanceof TimeSpan) return v;
      if (typeof v === 'string') {
        const t = parseTimeSpan(v);
        if (t) return t;
        throw new ConversionError(v, target, `String '${v}' was not recognized as a valid TimeSpan.`, 'InvalidCastParseTargetInvocationWithFormatProvider');
      }
      if (isInt32(v) || typeof v === 'bigint') return new TimeSpan(Number(v));
      break;
    case 'System.Guid':
      if (v instanceof Guid) return v;
      if (typeof v === 'string') {
        const g = Guid.parse(v);
        if (g) return g;
        throw new ConversionError(v, target, 'Unrecognized Guid format.', 'InvalidCastParseTargetInvocationWithFormatProvider');
      }
      break;
    case 'System.Version':
      if (v instanceof Version) return v;
      if (typeof v === 'string' || isNumeric(v)) {
        const ver = Version.parse(toStr(v));
        if (ver) return ver;
        throw new ConversionError(v, target, "Version string portion was too short or too long. (Parameter 'input')", 'InvalidCastParseTargetInvocationWithFormatProvider');
      }
      break;
    case 'System.Management.Automation.ScriptBlock':
      if (v instanceof ScriptBlock) return v;
      break;
    case 'System.Security.SecureString':
      if (v instanceof SecureString || v === null) return v;
      break;
    case 'System.Management.Automation.PSCredential':
      if (v instanceof PSCredential || v === null) return v;
      break;
    case 'System.Void':
      return AutomationNull;
    case 'System.Type':
      if (v instanceof RuntimeType) return v;
      if (typeof v === 'string') return resolveTypeOrThrow(v);
      break;
    case 'System.Collections.IDictionary':
      if (v instanceof Hashtable) return v;
      break;
    case 'System.Collections.ArrayList':
      if (v instanceof ListValue && !v.elementType) return v;
      return new ListValue('System.Collections.ArrayList', undefined, toItems(v));
    case 'System.Management.Automation.ErrorRecord':
      if (v instanceof ErrorRecord) return v;
      break;
    default: {
      const range = INT_RANGES[target];
      if (range) {
        const n = toIntegral(v, target, range[0], range[1], range[2]);
        return new TypedNumber(target as NumericTypeName, target === 'System.UInt64' ? n : Number(n));
      }
    }
  }
  if (v === null) {
    if (isValueTypeName(target)) throw new ConversionError(v, target, '', 'NullToValueType', fmt(Msg.InvalidCastFromNull, target));
    return null;
  }
  // An instance of the target type or of a type derived from it converts to itself.
  if (typeHierarchyOf(v).includes(target)) return v;
  const adapter = findType(target);
  if (adapter) {
    if (typeNameOf(v) === adapter.fullName) return v;
    if (adapter.enumValues) return toEnum(v, adapter.fullName, adapter.enumValues, adapter.isFlags);
    const c = adapter.convertFrom?.(v);
    if (c !== undefined) return c;
    if (adapter.construct && !Array.isArray(v)) {
      try {
        return adapter.construct([v]);
      } catch {
        // fall through to the generic error
      }
    }
  }
  if (typeNameOf(v) === target) return v;
  throw new ConversionError(v, target, '', 'ConvertToFinalInvalidCastException');
}

/** `[List[int]]$x`, `[Nullable[int]]$x`, ...: Nullable converts to its argument (or stays $null); collections build
 * themselves from the value's items through their adapter. */
function toConstructedGeneric(value: unknown, v: unknown, target: string): unknown {
  const t = resolveTypeOrThrow(target);
  if (t.adapter?.fullName === 'System.Nullable`1') return v === null ? null : convertTo(value, t.genericArguments![0].fullName);
  if (v === null) return null;
  if (typeNameOf(v) === t.fullName) return v;
  const c = t.adapter?.convertFrom?.(v, t);
  if (c !== undefined) return c;
  throw new ConversionError(v, String(t), '', 'ConvertToFinalInvalidCastException');
}

const VALUE_TYPES = new Set(['System.Int32', 'System.Int64', 'System.Double', 'System.Decimal', 'System.Char', 'System.DateTime', 'System.TimeSpan', 'System.Guid', 'System.Single']);
function isValueTypeName(t: string): boolean {
  return VALUE_TYPES.has(t);
}

function toChar(v: unknown): PSChar {
  if (v instanceof PSChar) return v;
  if (typeof v === 'string') {
    if (v.length === 1) return new PSChar(v.charCodeAt(0));
    throw new ConversionError(v, 'System.Char', 'String must be exactly one character long.', 'InvalidCastParseTargetInvocation');
  }
  return new PSChar(Number(toIntegral(v, 'System.Char', 'Char', 0n, 65535n)));
}

function toEnum(v: unknown, typeName: string, values: Record<string, number>, flags?: boolean): EnumValue {
  if (v instanceof EnumValue && v.typeName === typeName) return v;
  const names = Object.keys(values);
  if (typeof v === 'string') {
    const parts = v.split(',').map((p) => p.trim());
    let total = 0;
    const found: string[] = [];
    for (const p of parts) {
      const name = names.find((n) => n.toLowerCase() === p.toLowerCase());
      if (name === undefined) {
        throw new ConversionError(v, typeName, `Unable to match the identifier name ${v} to a valid enumerator name. Specify one of the following enumerator names and try again:\n${names.join(', ')}`, 'InvalidCastParseTargetInvocation', `Cannot convert value "${v}" to type "${typeName}". Error: "Unable to match the identifier name ${v} to a valid enumerator name. Specify one of the following enumerator names and try again:\n${names.join(', ')}"`);
      }
      total |= values[name];
      found.push(name);
    }
    if (flags || found.length === 1) return new EnumValue(typeName, found.join(', '), total);
    // Names joined in a plain enum must add up to one of its values.
    const joined = names.find((k) => values[k] === total);
    if (joined !== undefined) return new EnumValue(typeName, joined, total);
    throw new ConversionError(v, typeName, '', 'EnumParseUndefined', fmt(Msg.UndefinedIntegerToEnum, v, typeName, names.join(',')));
  }
  const n = toInt32(v);
  const name = names.find((k) => values[k] === n);
  if (name !== undefined) return new EnumValue(typeName, name, n);
  const flagged = flags ? flagNames(values, n) : undefined;
  if (flagged !== undefined) return new EnumValue(typeName, flagged, n);
  throw new ConversionError(v, typeName, '', 'UndefinedIntegerToEnum', fmt(Msg.UndefinedIntegerToEnum, toDisplayString(v), typeName, names.join(',')));
}

/** An enum value from a number without the defined-value check (what -bor and friends give): a name, the flags, or the number. */
export function enumOfNumber(typeName: string, n: number): EnumValue {
  const values = findType(typeName)?.enumValues ?? {};
  const name = findType(typeName)?.isFlags ? flagNames(values, n) : Object.keys(values).find((k) => values[k] === n);
  return new EnumValue(typeName, name ?? String(n), n);
}

function toItems(v: unknown): unknown[] {
  if (v === null) return [];
  const e = v instanceof Hashtable ? undefined : enumerateValue(v);
  return e ? [...e] : [v];
}

function toTypedArray(v: unknown, target: string): unknown[] | null {
  if (v === null) return null;
  const element = target.slice(0, -2);
  // A string is its characters to [char[]] (String.ToCharArray), as in LanguagePrimitives.
  if (element === 'System.Char' && typeof v === 'string') return typedArray(Array.from({ length: v.length }, (_c, i) => new PSChar(v.charCodeAt(i))), element);
  const items = toItems(v);
  const single = !Array.isArray(v) && !(v instanceof ListValue);
  const out = items.map((x) => {
    try {
      return element === 'System.Object' ? x : convertTo(x, element);
    } catch (e) {
      if (e instanceof ConversionError && single) {
        const innerMsg = e.record.exception.message;
        throw new ConversionError(v, target, innerMsg, 'InvalidCastExceptionScalarToArray');
      }
      throw e;
    }
  });
  return element === 'System.Object' ? out : typedArray(out, element);
}

/** [pscustomobject]$hashtable builds a custom object in key order; other values are wrapped as they are. */
function toCustomObject(v: unknown): unknown {
  if (v instanceof Hashtable) return PSObject.fromEntries(v.keys().map((k) => [toStr(k), v.get(k)]));
  if (v instanceof PSObject) return v;
  if (v === null) return PSObject.fromEntries([]);
  return v;
}

/** Resolves a type by name; unknown names throw TypeNotFound. Installed by the types module. */
export let resolveTypeOrThrow: (name: string) => RuntimeType = (name) => {
  throw new PSError(errorRecord('TypeNotFound', fmt(Msg.TypeNotFound, name), 'InvalidOperation'));
};
export function setTypeResolver(r: (name: string) => RuntimeType): void {
  resolveTypeOrThrow = r;
}
