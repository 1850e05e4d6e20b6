// Serializes pwsh values the way ConvertTo-Json does (Newtonsoft under PowerShell 7): objects for dictionaries and
// objects with properties, arrays for collections, 2-space indent, ISO dates, enums as numbers unless asked, and the
// text of anything nested deeper than -Depth.

import {
  DateTime, Decimal, DoubleBox, EnumValue, Guid, Hashtable, PSChar, PSObject, TypedNumber, Version,
  baseObject, enumerateValue, getPropertyValues, isNull, toDisplayString,
} from '../../../src/runtime/values';
import { ScriptBlock } from '../../../src/runtime/values';

export interface JsonWriteOptions {
  depth: number;
  compress: boolean;
  enumsAsStrings: boolean;
  /** Called once when a value was cut at the depth limit. */
  onTruncated(): void;
  /** A dictionary has a key that is not a string (System.Text.Json refuses it); does not return. */
  onNonStringKey(dictionary: Hashtable): never;
}

function quote(s: string): string {
  return JSON.stringify(s);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Newtonsoft's round-trip ISO form: fraction only when non-zero, Z for UTC, the offset for local times. */
function isoDate(d: DateTime): string {
  let text = `${String(d.Year).padStart(4, '0')}-${pad(d.Month)}-${pad(d.Day)}T${pad(d.Hour)}:${pad(d.Minute)}:${pad(d.Second)}`;
  const fraction = (String(d.Millisecond).padStart(3, '0') + String(d.subTicks).padStart(4, '0')).replace(/0+$/, '');
  if (fraction) text += '.' + fraction;
  if (d.kind === 'Utc') return text + 'Z';
  if (d.kind === 'Local') {
    const offset = -new Date(d.utcMs).getTimezoneOffset();
    const sign = offset < 0 ? '-' : '+';
    text += `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  }
  return text;
}

function doubleText(n: number): string {
  if (!Number.isFinite(n)) return quote(Number.isNaN(n) ? 'NaN' : n > 0 ? 'Infinity' : '-Infinity');
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return n.toFixed(1);
  return String(n).replace('e+', 'E+').replace('e-', 'E-');
}

function scalarJson(v: unknown, o: JsonWriteOptions): string | undefined {
  if (isNull(v)) return 'null';
  if (typeof v === 'string') return quote(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : doubleText(v);
  if (typeof v === 'bigint') return String(v);
  if (v instanceof DoubleBox) return doubleText(v.value);
  if (v instanceof Decimal) {
    const t = v.toString();
    return t.includes('.') ? t : `${t}.0`;
  }
  if (v instanceof TypedNumber) return toDisplayString(v);
  if (v instanceof PSChar) return quote(v.toString());
  if (v instanceof DateTime) return quote(isoDate(v));
  if (v instanceof Guid || v instanceof Version || v instanceof ScriptBlock) return quote(v.toString());
  if (v instanceof EnumValue) return o.enumsAsStrings ? quote(v.name) : String(v.value);
  return undefined;
}

function render(v: unknown, level: number, o: JsonWriteOptions): string {
  const scalar = scalarJson(v, o);
  if (scalar !== undefined) return scalar;
  if (level > o.depth) {
    o.onTruncated();
    return quote(toDisplayString(v));
  }
  const nl = o.compress ? '' : '\n';
  const indent = o.compress ? '' : '  '.repeat(level + 1);
  const closeIndent = o.compress ? '' : '  '.repeat(level);
  const colon = o.compress ? ':' : ': ';
  let pairs: Array<[string, unknown]> | undefined;
  if (v instanceof Hashtable) pairs = v.dictionaryEntries().map((e) => [typeof baseObject(e.Key) === 'string' ? (baseObject(e.Key) as string) : o.onNonStringKey(v), e.Value]);
  else if (!(v instanceof PSObject && !v.isCustomObject)) {
    const items = enumerateValue(v);
    if (items) {
      const parts = [...items].map((x) => indent + render(x, level + 1, o));
      return parts.length === 0 ? '[]' : `[${nl}${parts.join(',' + nl)}${nl}${closeIndent}]`;
    }
  }
  pairs ??= getPropertyValues(v);
  const parts = pairs.map(([k, x]) => `${indent}${quote(k)}${colon}${render(x, level + 1, o)}`);
  return parts.length === 0 ? '{}' : `{${nl}${parts.join(',' + nl)}${nl}${closeIndent}}`;
}

export function toJson(value: unknown, options: JsonWriteOptions): string {
  return render(value, 0, options);
}
