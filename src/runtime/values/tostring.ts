// ToString() of a value as pwsh prints it: the text Out-Default writes for a scalar and what string conversion
// uses for each element. (Joining arrays with $OFS is convert.ts's job.)

import { DoubleBox, Decimal, TypedNumber, formatDouble, formatSingle, isInt32 } from './numbers';
import { PSChar, AutomationNull } from './primitives';
import { Hashtable, ListValue, DictionaryEntry } from './collections';
import { PSObject } from './psobject';
import { ErrorRecord, DotNetException } from './errors';
import { adapterFor, typeNameOf } from './typeinfo';

export function numberToString(v: number): string {
  return isInt32(v) || (Number.isInteger(v) && Math.abs(v) < 1e15) ? String(v) : formatDouble(v);
}

/** The object's ToString(), as pwsh shows it (PSCustomObject gives `@{a=1; b=}`). */
export function toDisplayString(v: unknown): string {
  if (v === null || v === undefined || v === AutomationNull) return '';
  switch (typeof v) {
    case 'string':
      return v;
    case 'number':
      return isInt32(v) ? String(v) : formatDouble(v);
    case 'boolean':
      return v ? 'True' : 'False';
    case 'bigint':
      return v.toString();
  }
  if (v instanceof DoubleBox) return formatDouble(v.value);
  if (v instanceof Decimal) return v.toString();
  if (v instanceof TypedNumber) return v.type === 'System.Single' ? formatSingle(Number(v.value)) : String(v.value);
  if (v instanceof PSChar) return v.toString();
  if (v instanceof ListValue && v.elementType) return `System.Collections.Generic.List\`1[${v.elementType}]`;
  if (Array.isArray(v) || v instanceof Hashtable || v instanceof ListValue) return typeNameOf(v)!;
  if (v instanceof PSObject) return v.isCustomObject ? customObjectString(v) : toDisplayString(v.baseObject);
  if (v instanceof DictionaryEntry) return `[${toDisplayString(v.Key)}, ${toDisplayString(v.Value)}]`;
  if (v instanceof ErrorRecord) return v.toString();
  if (v instanceof DotNetException) return v.message;
  const a = adapterFor(v);
  if (a && Object.prototype.hasOwnProperty.call(a, 'toString')) return a.toString!(v);
  const own = (v as { toString?: () => string }).toString;
  if (own && own !== Object.prototype.toString) return own.call(v);
  if (Object.getPrototypeOf(v) === Object.prototype) return plainObjectString(v as Record<string, unknown>);
  return a ? a.fullName : typeNameOf(v) ?? '';
}

function customObjectString(o: PSObject): string {
  // Values show their ToString(): a nested PSCustomObject's is empty.
  const text = (v: unknown) => (v instanceof PSObject && v.isCustomObject ? '' : toDisplayString(v));
  const parts = o.propertyMembers().map((m) => `${m.name}=${m.kind === 'NoteProperty' ? text(m.value) : ''}`);
  return `@{${parts.join('; ')}}`;
}

function plainObjectString(o: Record<string, unknown>): string {
  return `@{${Object.keys(o).map((k) => `${k}=${toDisplayString(o[k])}`).join('; ')}}`;
}
