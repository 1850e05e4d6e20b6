// The .NET type of a value: its full name (GetType().FullName) and its type-name list (pstypenames, what format
// views match on), plus the adapter that exposes its members.

import { DoubleBox, Decimal, TypedNumber, isInt32 } from './numbers';
import { PSChar, SecureString, PSCredential, EnumValue, Guid, Version, SwitchParameter } from './primitives';
import { Hashtable, ListValue, DictionaryEntry, DictionaryView, LoopEnumerator, arrayElementType } from './collections';
import { PSObject } from './psobject';
import { ScriptBlock } from './scriptblock';
import { DateTime, TimeSpan } from './datetime';
import { ErrorRecord, DotNetException, exceptionTypeChain, ErrorCategoryInfo } from './errors';
import { adapterOf, findType, TypeAdapter } from './type-registry';
import { ConstructedInstance, setReferencedTypeName } from './generic-collections';

/** Base types (nearest first) of the built-in value types; adapters declare their own. */
const BUILTIN_BASES: Record<string, string[]> = {
  'System.Object[]': ['System.Array'],
  'System.Collections.Hashtable': [],
  'System.Collections.Specialized.OrderedDictionary': [],
  'System.DateTime': ['System.ValueType'],
  'System.TimeSpan': ['System.ValueType'],
  'System.Guid': ['System.ValueType'],
  'System.Boolean': ['System.ValueType'],
  'System.Char': ['System.ValueType'],
  'System.Int32': ['System.ValueType'],
  'System.Int64': ['System.ValueType'],
  'System.Double': ['System.ValueType'],
  'System.Decimal': ['System.ValueType'],
  'System.Collections.DictionaryEntry': ['System.ValueType'],
  'System.Management.Automation.SwitchParameter': ['System.ValueType'],
};

/** GetType().FullName of a value; undefined for $null. */
export function typeNameOf(v: unknown): string | undefined {
  switch (typeof v) {
    case 'string':
      return 'System.String';
    case 'number':
      return isInt32(v) ? 'System.Int32' : 'System.Double';
    case 'boolean':
      return 'System.Boolean';
    case 'bigint':
      return 'System.Int64';
    case 'undefined':
      return undefined;
    case 'symbol':
      return undefined;
    case 'function':
      return 'System.Object';
  }
  if (v === null) return undefined;
  if (Array.isArray(v)) return arrayElementType(v) + '[]';
  if (v instanceof PSObject) return v.isCustomObject ? 'System.Management.Automation.PSCustomObject' : typeNameOf(v.baseObject);
  if (v instanceof DoubleBox) return 'System.Double';
  if (v instanceof Decimal) return 'System.Decimal';
  if (v instanceof TypedNumber) return v.type;
  if (v instanceof PSChar) return 'System.Char';
  if (v instanceof Hashtable) return v.typeName;
  if (v instanceof ListValue) return v.typeName;
  if (v instanceof DictionaryView) return v.typeName;
  if (v instanceof DictionaryEntry) return 'System.Collections.DictionaryEntry';
  if (v instanceof ScriptBlock) return 'System.Management.Automation.ScriptBlock';
  if (v instanceof DateTime) return 'System.DateTime';
  if (v instanceof TimeSpan) return 'System.TimeSpan';
  if (v instanceof Guid) return 'System.Guid';
  if (v instanceof Version) return 'System.Version';
  if (v instanceof SecureString) return 'System.Security.SecureString';
  if (v instanceof PSCredential) return 'System.Management.Automation.PSCredential';
  if (v instanceof EnumValue) return v.typeName;
  if (v instanceof SwitchParameter) return 'System.Management.Automation.SwitchParameter';
  if (v instanceof ErrorRecord) return 'System.Management.Automation.ErrorRecord';
  if (v instanceof ErrorCategoryInfo) return 'System.Management.Automation.ErrorCategoryInfo';
  if (v instanceof DotNetException) return v.typeName;
  if (v instanceof ConstructedInstance) return v.type.fullName;
  if (v instanceof LoopEnumerator) return v.typeName;
  const a = adapterOf(v);
  if (a) return a.fullName;
  if (Object.getPrototypeOf(v) === Object.prototype) return 'System.Management.Automation.PSCustomObject';
  return 'System.Object';
}

setReferencedTypeName((v) => typeNameOf(v) ?? 'System.Object');

/** Type name and base types, most derived first, ending in System.Object. */
export function typeHierarchyOf(v: unknown): string[] {
  const name = typeNameOf(v);
  if (!name) return [];
  if (v instanceof DotNetException) return exceptionTypeChain(name);
  // An enum value's members come from System.Enum's adapter, its bases from its own type's.
  const adapter = v instanceof EnumValue ? findType(name) : adapterFor(v);
  const bases = adapter?.baseTypes ?? BUILTIN_BASES[name] ?? (name.endsWith('[]') ? ['System.Array'] : []);
  return name === 'System.Object' ? [name] : [name, ...bases.filter((b) => b !== 'System.Object'), 'System.Object'];
}

/** pstypenames: a PSObject's own list (e.g. Selected.X), else the type hierarchy. */
export function typeNamesOf(v: unknown): string[] {
  if (v instanceof PSObject) return v.typeNames.length ? v.typeNames : typeHierarchyOf(v.baseObject);
  return typeHierarchyOf(v);
}

const adapterCache = new Map<string, TypeAdapter | null>();

/** The adapter that describes a value's members (registered by full name for built-in kinds). */
const EXCEPTION_ADAPTERS_WITH_MEMBERS = new Map<string, TypeAdapter>();

/** Registers an exception type whose instances show properties beyond System.Exception's (read from `data`). */
export function registerExceptionMembers(adapter: TypeAdapter): void {
  EXCEPTION_ADAPTERS_WITH_MEMBERS.set(adapter.fullName, adapter);
}

export function adapterFor(v: unknown): TypeAdapter | undefined {
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    // an exception type with members of its own (NativeCommandExitException.ExitCode) is described by its adapter
    const own = v instanceof DotNetException ? EXCEPTION_ADAPTERS_WITH_MEMBERS.get(v.typeName) : undefined;
    if (own) return own;
    if (v instanceof ConstructedInstance) return v.type.adapter;
    const direct = adapterOf(v);
    if (direct) return direct;
  }
  const name = typeNameOf(v);
  if (!name) return undefined;
  const key = Array.isArray(v) ? 'System.Array' : name;
  let a = adapterCache.get(key);
  if (a === undefined) {
    a = findType(key) ?? null;
    if (a) adapterCache.set(key, a);
  }
  return a ?? undefined;
}

/** The unwrapped value of a PSObject wrapper (a PSCustomObject is its own base). */
export function baseObject(v: unknown): unknown {
  return v instanceof PSObject && !v.isCustomObject ? v.baseObject : v;
}
