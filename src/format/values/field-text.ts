// How a value becomes the text of a table cell or list value (pwsh's PSObjectHelper.FormatField / SmartToString):
// collections and dictionaries print as `{a, b, c, d…}` cut at $FormatEnumerationLimit, each item named by its own
// ToString() or, for objects without one, by a name-like property; everything else prints its ToString().

import {
  DictionaryEntry,
  EnumValue,
  PSObject,
  Hashtable,
  adapterFor,
  baseObject,
  enumerateValue,
  getProperties,
  isNull,
  toDisplayString,
  typeNameOf,
} from '../../runtime/values';

const ELLIPSIS = '\u2026';

/** $FormatEnumerationLimit's default (InitialSessionState.DefaultFormatEnumerationLimit). */
export const DEFAULT_ENUMERATION_LIMIT = 4;

/** FormatViewManager.DefaultScalarTypes: written by Out-Default as their ToString(), never as a table or list. */
const SCALAR_TYPES = new Set([
  'System.String',
  'System.SByte',
  'System.Byte',
  'System.Int16',
  'System.UInt16',
  'System.Int32',
  'System.UInt32',
  'System.Int64',
  'System.UInt64',
  'System.Char',
  'System.Single',
  'System.Double',
  'System.Boolean',
  'System.Decimal',
  'System.IntPtr',
  'System.Security.SecureString',
  'System.Numerics.BigInteger',
]);

export function isScalar(v: unknown): boolean {
  const inner = baseObject(v);
  if (inner instanceof EnumValue) return true;
  const name = typeNameOf(inner);
  return name !== undefined && (SCALAR_TYPES.has(name) || adapterFor(inner)?.isScalar === true);
}

/** Items a formatted field enumerates: pipeline-enumerable collections, plus dictionaries (as their entries). */
export function fieldItems(v: unknown): Iterable<unknown> | undefined {
  const inner = baseObject(v);
  if (inner instanceof Hashtable) return inner.dictionaryEntries();
  if (typeof inner === 'string') return undefined;
  const entries = adapterFor(inner)?.entries;
  if (entries) return entries(inner);
  return enumerateValue(inner);
}

/** Types whose ToString() is their own (so an item shows it rather than a name-like property). */
function hasOwnToString(v: unknown): boolean {
  if (v === null || typeof v !== 'object') return true;
  if (Array.isArray(v) || v instanceof Hashtable) return false;
  if (v instanceof PSObject || v instanceof DictionaryEntry) return true;
  if (Object.getPrototypeOf(v) === Object.prototype) return false;
  const adapter = adapterFor(v);
  // Only an adapter's own toString counts (every object literal inherits Object.prototype.toString).
  if (adapter) return Object.prototype.hasOwnProperty.call(adapter, 'toString');
  const own = (v as { toString?: unknown }).toString;
  return typeof own === 'function' && own !== Object.prototype.toString;
}

const NAME_PATTERNS: RegExp[] = [/^name$/i, /^id$/i, /^key$/i, /key$/i, /name$/i, /id$/i];

/** PSObject.ToString(): an array joins its items with a space ($OFS's default). */
function objectText(v: unknown): string {
  if (Array.isArray(v)) return v.map((item) => objectText(item)).join(' ');
  return toDisplayString(v);
}

/** GetObjectName: how one item of a collection is shown inside `{...}`. */
function itemName(item: unknown): string {
  if (isNull(item)) return '$null';
  const inner = baseObject(item);
  if (hasOwnToString(inner)) return objectText(item);
  const properties = getProperties(inner);
  for (const pattern of NAME_PATTERNS) {
    const match = properties.find((p) => pattern.test(p.name));
    if (match) return objectText(match.getValue());
  }
  const text = objectText(item);
  return text === '' ? typeNameOf(inner) ?? '' : text;
}

/** The text of a cell or list value. */
export function fieldText(v: unknown, enumerationLimit: number): string {
  if (isNull(v)) return '';
  const items = fieldItems(v);
  if (!items) return toDisplayString(v);
  const names: string[] = [];
  let truncated = false;
  for (const item of items) {
    if (enumerationLimit >= 0 && names.length === enumerationLimit) {
      truncated = true;
      break;
    }
    names.push(itemName(item));
  }
  return `{${names.join(', ')}${truncated ? ELLIPSIS : ''}}`;
}
