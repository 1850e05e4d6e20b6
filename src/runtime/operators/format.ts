// .NET composite and standard/custom format strings (invariant culture): `-f`, String.Format, ToString('N2').

import {
  DoubleBox, Decimal, TypedNumber, DateTime, TimeSpan, toJsNumber, toDisplayString, isInt32, formatGeneral,
  DAY_NAMES, MONTH_NAMES, PSObject, currentCulture, EnumValue, findType, DotNetException, flagNames,
} from '../values';
import { toStr } from '../convert';
import { runtimeError } from '../error-factory';

function isNumber(v: unknown): boolean {
  return typeof v === 'number' || typeof v === 'bigint' || v instanceof DoubleBox || v instanceof Decimal || v instanceof TypedNumber;
}

function groupThousands(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Fixed-point text of a number with `digits` decimals (away-from-zero midpoint like .NET Core). */
function toFixed(v: unknown, digits: number): string {
  if (v instanceof Decimal) {
    const scaled = v.scale > digits ? roundDecimal(v, digits) : v;
    let s = scaled.toString();
    const [i, f = ''] = s.split('.');
    s = digits > 0 ? `${i}.${f.padEnd(digits, '0')}` : i;
    return s;
  }
  if (typeof v === 'bigint') return digits > 0 ? `${v}.${'0'.repeat(digits)}` : String(v);
  const n = toJsNumber(v);
  return Number.isFinite(n) ? n.toFixed(digits) : toDisplayString(v);
}

function roundDecimal(d: Decimal, digits: number): Decimal {
  const p = 10n ** BigInt(d.scale - digits);
  let q = d.mantissa / p;
  const r = d.mantissa % p;
  if ((r < 0n ? -r : r) * 2n >= p) q += d.mantissa < 0n ? -1n : 1n;
  return new Decimal(q, digits);
}

/** Standard or custom numeric format. */
export function formatNumber(v: unknown, spec: string): string {
  const m = /^([CDEFGNPRXcdefgnprx])(\d{0,2})$/.exec(spec);
  if (!m) return customNumber(v, spec);
  const kind = m[1];
  const prec = m[2] === '' ? undefined : Number(m[2]);
  const n = toJsNumber(v);
  switch (kind.toUpperCase()) {
    case 'D': {
      if (!(isInt32(v) || typeof v === 'bigint' || v instanceof TypedNumber)) throw formatError();
      const s = String(typeof v === 'bigint' ? (v < 0n ? -v : v) : Math.abs(Number(v instanceof TypedNumber ? v.value : v)));
      return (n < 0 ? '-' : '') + s.padStart(prec ?? 0, '0');
    }
    case 'X': {
      if (!(isInt32(v) || typeof v === 'bigint' || v instanceof TypedNumber)) throw formatError();
      let b = typeof v === 'bigint' ? BigInt.asUintN(64, v) : BigInt(Number(v instanceof TypedNumber ? v.value : v) >>> 0);
      if (v instanceof TypedNumber && (v.type === 'System.Byte')) b = BigInt(Number(v.value));
      const s = b.toString(16).padStart(prec ?? 0, '0');
      return kind === 'X' ? s.toUpperCase() : s;
    }
    case 'F':
      return toFixed(v, prec ?? 2);
    case 'N': {
      const s = toFixed(v, prec ?? 2);
      const neg = s.startsWith('-');
      const [i, f] = s.replace('-', '').split('.');
      return (neg ? '-' : '') + groupThousands(i) + (f !== undefined ? '.' + f : '');
    }
    case 'P': {
      const s = formatNumber(n * 100, 'N' + (prec ?? 2));
      return currentCulture().name === 'en-US' ? s + '%' : s + ' %';
    }
    case 'C': {
      const s = formatNumber(v, 'N' + (prec ?? 2));
      const symbol = currentCulture().name === 'en-US' ? '$' : '¤';
      return s.startsWith('-') ? `-${symbol}${s.slice(1)}` : symbol + s;
    }
    case 'E': {
      const [mant, e] = n.toExponential(prec ?? 6).split('e');
      const en = Number(e);
      const s = `${mant}${kind === 'E' ? 'E' : 'e'}${en < 0 ? '-' : '+'}${String(Math.abs(en)).padStart(3, '0')}`;
      return s;
    }
    case 'G':
      if (prec) return formatGeneral(n, prec);
      return toDisplayString(v);
    case 'R':
      return toDisplayString(v);
  }
  return toDisplayString(v);
}

function formatError(): Error {
  return runtimeError('FormatException', 'Format specifier was invalid.', 'NotSpecified', 'System.FormatException');
}

/** Custom numeric format such as `0.00`, `#,##0.0`, `000`. */
function customNumber(v: unknown, spec: string): string {
  let n = toJsNumber(v);
  let pattern = spec;
  if (pattern.includes('%')) n *= 100;
  const dot = pattern.indexOf('.');
  const intPat = dot < 0 ? pattern : pattern.slice(0, dot);
  const fracPat = dot < 0 ? '' : pattern.slice(dot + 1);
  const minFrac = (fracPat.match(/0/g) ?? []).length;
  const maxFrac = (fracPat.match(/[0#]/g) ?? []).length;
  const minInt = (intPat.match(/0/g) ?? []).length;
  const grouping = /[0#],[0#]/.test(intPat);
  let s = Math.abs(n).toFixed(maxFrac);
  let [i, f = ''] = s.split('.');
  while (f.length > minFrac && f.endsWith('0')) f = f.slice(0, -1);
  if (i === '0' && minInt === 0) i = '';
  i = i.padStart(minInt, '0');
  if (grouping) i = groupThousands(i);
  const prefix = intPat.replace(/[0#,].*$/, '');
  const suffix = (fracPat || intPat).replace(/^.*[0#,]/, '');
  const body = i + (f ? '.' + f : '');
  return (n < 0 && Number(body.replace(/,/g, '')) !== 0 ? '-' : '') + prefix + body + suffix;
}

function p(n: number, w: number): string {
  return String(n).padStart(w, '0');
}

/** Custom or standard DateTime format. */
export function formatDate(d: DateTime, spec: string): string {
  const c = currentCulture().patterns;
  const standard: Record<string, string> = {
    d: c.d, D: c.D, t: c.t, T: c.T, f: `${c.D} ${c.t}`, F: `${c.D} ${c.T}`, g: `${c.d} ${c.t}`, G: `${c.d} ${c.T}`,
    M: c.M, m: c.M, Y: c.Y, y: c.Y,
    s: "yyyy'-'MM'-'dd'T'HH':'mm':'ss", u: "yyyy'-'MM'-'dd HH':'mm':'ss'Z'",
    o: "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK", O: "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
    R: "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'", r: "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
  };
  if (spec.length === 1 && standard[spec]) {
    if (spec === 'R' || spec === 'r' || spec === 'u') d = d.toUniversal();
    spec = standard[spec];
  }
  const fracTicks = String(d.Millisecond * 10000 + d.subTicks).padStart(7, '0');
  return spec.replace(/'([^']*)'|"([^"]*)"|\\(.)|yyyy|yy|MMMM|MMM|MM|M|dddd|ddd|dd|d|HH|H|hh|h|mm|m|ss|s|f{1,7}|F{1,7}|tt|t|K|zzz|zz|z/g, (tok, q1, q2, esc) => {
    if (q1 !== undefined) return q1;
    if (q2 !== undefined) return q2;
    if (esc !== undefined) return esc;
    switch (tok) {
      case 'yyyy': return p(d.Year, 4);
      case 'yy': return p(d.Year % 100, 2);
      case 'MMMM': return MONTH_NAMES[d.Month - 1];
      case 'MMM': return MONTH_NAMES[d.Month - 1].slice(0, 3);
      case 'MM': return p(d.Month, 2);
      case 'M': return String(d.Month);
      case 'dddd': return DAY_NAMES[d.DayOfWeek];
      case 'ddd': return DAY_NAMES[d.DayOfWeek].slice(0, 3);
      case 'dd': return p(d.Day, 2);
      case 'd': return String(d.Day);
      case 'HH': return p(d.Hour, 2);
      case 'H': return String(d.Hour);
      case 'hh': return p(d.Hour % 12 || 12, 2);
      case 'h': return String(d.Hour % 12 || 12);
      case 'mm': return p(d.Minute, 2);
      case 'm': return String(d.Minute);
      case 'ss': return p(d.Second, 2);
      case 's': return String(d.Second);
      case 'tt': return d.Hour < 12 ? 'AM' : 'PM';
      case 't': return d.Hour < 12 ? 'A' : 'P';
      case 'K': return d.kind === 'Utc' ? 'Z' : d.kind === 'Local' ? offset(d, true) : '';
      case 'zzz': return offset(d, true);
      case 'zz': return offset(d, false).slice(0, 3);
      case 'z': return String(Number(offset(d, false).slice(0, 3)));
    }
    if (tok[0] === 'f') return fracTicks.slice(0, tok.length);
    if (tok[0] === 'F') return fracTicks.slice(0, tok.length).replace(/0+$/, '');
    return tok;
  });
}

function offset(d: DateTime, withMinutes: boolean): string {
  const off = d.kind === 'Utc' ? 0 : -new Date(d.wallMs).getTimezoneOffset();
  const sign = off < 0 ? '-' : '+';
  const a = Math.abs(off);
  return `${sign}${p(Math.floor(a / 60), 2)}${withMinutes ? ':' + p(a % 60, 2) : ''}`;
}

// Bytes of each integral type an enum may have (X pads to two hex digits a byte).
const ENUM_BYTES: Record<string, number> = { 'System.Byte': 1, 'System.SByte': 1, 'System.Int16': 2, 'System.UInt16': 2, 'System.Int32': 4, 'System.UInt32': 4, 'System.Int64': 8, 'System.UInt64': 8 };

/** Enum.ToString(format): G (the name, or flags), F (flags even without [Flags]), D (the number), X (hex digits). */
export function formatEnum(e: EnumValue, spec: string): string {
  const type = findType(e.typeName);
  switch (spec) {
    case 'G':
    case 'g':
      return e.name;
    case 'D':
    case 'd':
      return String(e.value);
    case 'X':
    case 'x': {
      const bytes = ENUM_BYTES[type?.enumUnderlyingType ?? 'System.Int32'];
      return BigInt.asUintN(bytes * 8, BigInt(e.value)).toString(16).toUpperCase().padStart(bytes * 2, '0');
    }
    case 'F':
    case 'f':
      return flagNames(type?.enumValues ?? {}, e.value) ?? String(e.value);
  }
  throw new DotNetException('System.FormatException', 'Format string can be only "G", "g", "X", "x", "F", "f", "D" or "d".');
}

/** Format one value with a format spec (what `{0:spec}` and ToString(spec) do). */
export function formatValue(v: unknown, spec: string | undefined): string {
  if (v instanceof PSObject && !v.isCustomObject) v = v.baseObject;
  if (spec === undefined || spec === '') return toDisplayString(v);
  if (isNumber(v)) return formatNumber(v, spec);
  if (v instanceof EnumValue) return formatEnum(v, spec);
  if (v instanceof DateTime) return formatDate(v, spec);
  if (v instanceof TimeSpan && (spec === 'c' || spec === 'g' || spec === 'G')) return v.toString();
  return toStr(v);
}

/** String.Format / -f: `{index[,alignment][:format]}` with `{{`/`}}` escapes. */
export function compositeFormat(format: string, args: unknown[]): string {
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === '{') {
      if (format[i + 1] === '{') {
        out += '{';
        i++;
        continue;
      }
      const end = format.indexOf('}', i);
      const m = end < 0 ? null : /^(\d+)\s*(?:,\s*(-?\d+))?\s*(?::(.*))?$/s.exec(format.slice(i + 1, end));
      if (!m) throw invalidFormat();
      const idx = Number(m[1]);
      if (idx >= args.length) {
        throw runtimeError('FormatError', 'Index (zero based) must be greater than or equal to zero and less than the size of the argument list.', 'InvalidOperation', 'System.FormatException');
      }
      let text = formatValue(args[idx], m[3]);
      if (m[2] !== undefined) {
        const w = Number(m[2]);
        text = w < 0 ? text.padEnd(-w) : text.padStart(w);
      }
      out += text;
      i = end;
    } else if (c === '}') {
      if (format[i + 1] === '}') i++;
      else throw invalidFormat();
      out += '}';
    } else out += c;
  }
  return out;
}

function invalidFormat(): Error {
  return runtimeError('FormatError', 'Input string was not in a correct format.', 'InvalidOperation', 'System.FormatException');
}
