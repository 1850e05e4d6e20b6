// The type-adapter registry: how any JS value appears to scripts as a .NET type. Built-in values and outside classes
// (X509Certificate2 from src/pki, AuthContext from src/identity) are described by a TypeAdapter; the runtime never
// imports those classes. An adapter may be registered eagerly (registerType) or lazily (registerLazyType: loaded on
// first use of its name, or when an instance of a JS class with the given constructor name is first seen).

export interface PropertyAdapter<T = any> {
  name: string;
  /** .NET type name of the property (Get-Member's definition), e.g. 'string', 'datetime'. */
  type?: string;
  get(self: T): unknown;
  set?(self: T, value: unknown): void;
  /** Hidden from default display and Format-List * (still readable). */
  hidden?: boolean;
}

export interface MethodAdapter<T = any> {
  name: string;
  /** Overload signatures for Get-Member, e.g. 'string ToUpper()'. */
  overloads?: string[];
  /** Parameter names by position, for pwsh's "Cannot convert argument "startIndex" ..." error. */
  parameters?: string[];
  invoke(self: T, args: unknown[]): unknown;
}

export interface StaticPropertyAdapter {
  name: string;
  type?: string;
  get(): unknown;
  set?(value: unknown): void;
}

export interface StaticMethodAdapter {
  name: string;
  overloads?: string[];
  invoke(args: unknown[]): unknown;
}

export interface TypeAdapter<T = any> {
  /** .NET full name, e.g. 'System.Security.Cryptography.X509Certificates.X509Certificate2'. */
  fullName: string;
  /** Base types, nearest first (System.Object is implied at the end). Used by -is, catch and format views. */
  baseTypes?: string[];
  /** Interfaces the type implements (for -is). */
  interfaces?: string[];
  /** Type accelerators / short names, e.g. ['pscredential']. */
  accelerators?: string[];
  /** The JS class whose instances this adapter exposes (exact class or a base class). */
  jsClass?: abstract new (...args: any[]) => any;
  /** Test for instances when there is no JS class (primitives). */
  isInstance?(value: unknown): boolean;
  /** Instance properties in .NET declaration order (display order). */
  properties?: PropertyAdapter<T>[];
  methods?: MethodAdapter<T>[];
  staticProperties?: StaticPropertyAdapter[];
  staticMethods?: StaticMethodAdapter[];
  /** `New-Object T -ArgumentList ...` / `[T]::new(...)`. Throw a DotNetException for bad arguments. */
  construct?(args: unknown[], type?: import("./runtime-type").RuntimeType): T;
  /** Cast `[T]$value` (`type` is the constructed type for generics); undefined when this adapter cannot convert it
   * (the generic rules then apply). */
  convertFrom?(value: unknown, type?: import("./runtime-type").RuntimeType): T | undefined;
  /** The object's ToString() (default: the full type name). */
  toString?(self: T): string;
  /** Pipeline/`foreach` enumeration, for collection types. */
  enumerate?(self: T): Iterable<unknown>;
  /** Dictionaries: the entries Out-Default and Format-* show one by one (the dictionary itself is not enumerated). */
  entries?(self: T): Iterable<unknown>;
  /** Dictionaries: `$d.key` reads and writes an entry before the type's own properties, as for a hashtable. */
  keyedMembers?: { get(self: T, name: string, key: unknown): { found: boolean; value?: unknown }; set(self: T, name: string, key: unknown, value: unknown): void };
  /** `$x[i]` and `$x[i] = v` (a dictionary's indexer gives $null for a missing key). */
  indexer?: { get(self: T, index: unknown): unknown; set(self: T, index: unknown, value: unknown): void };
  /** Enum types: member names and values. */
  enumValues?: Record<string, number>;
  /** Enum types: the integral type under the values (System.Int32 when absent). */
  enumUnderlyingType?: string;
  /** Enum types with [Flags]. */
  isFlags?: boolean;
  /** Shown as a scalar by Out-Default (DefaultScalarTypes). */
  isScalar?: boolean;
}

interface LazyEntry {
  fullName: string;
  names: string[];
  jsClassName?: string;
  load(): TypeAdapter;
}

const byName = new Map<string, TypeAdapter>();
const byClass = new Map<Function, TypeAdapter>();
const predicateAdapters: TypeAdapter[] = [];
const lazyByName = new Map<string, LazyEntry>();
const lazyByClassName = new Map<string, LazyEntry>();

function nameKeys(a: { fullName: string; accelerators?: string[] }): string[] {
  const keys = [a.fullName.toLowerCase(), ...(a.accelerators ?? []).map((x) => x.toLowerCase())];
  // "System.X" is also found as "X" (pwsh's TypeResolver tries "System." + name).
  if (a.fullName.startsWith('System.')) keys.push(a.fullName.slice(7).toLowerCase());
  return keys;
}

export function registerType(adapter: TypeAdapter): void {
  for (const k of nameKeys(adapter)) byName.set(k, adapter);
  if (adapter.jsClass) byClass.set(adapter.jsClass, adapter);
  else if (adapter.isInstance) predicateAdapters.push(adapter);
}

/** Registers a type whose adapter (and implementation) is loaded only when first needed. */
export function registerLazyType(entry: { fullName: string; accelerators?: string[]; jsClassName?: string; load(): TypeAdapter }): void {
  const e: LazyEntry = { fullName: entry.fullName, names: nameKeys(entry), jsClassName: entry.jsClassName, load: entry.load };
  for (const k of e.names) lazyByName.set(k, e);
  if (e.jsClassName) lazyByClassName.set(e.jsClassName, e);
}

function loadLazy(e: LazyEntry): TypeAdapter {
  for (const k of e.names) lazyByName.delete(k);
  if (e.jsClassName) lazyByClassName.delete(e.jsClassName);
  const a = e.load();
  registerType(a);
  return a;
}

/** Finds a type by full name, short name or accelerator (case-insensitive). */
export function findType(name: string): TypeAdapter | undefined {
  const k = name.toLowerCase();
  const a = byName.get(k);
  if (a) return a;
  const lazy = lazyByName.get(k);
  return lazy ? loadLazy(lazy) : undefined;
}

/** The adapter describing an object value (class instances and predicate-registered kinds). */
export function adapterOf(value: unknown): TypeAdapter | undefined {
  if (value !== null && typeof value === 'object') {
    let proto = Object.getPrototypeOf(value);
    while (proto && proto !== Object.prototype) {
      const ctor = proto.constructor;
      const a = byClass.get(ctor);
      if (a) return a;
      const lazy = ctor && lazyByClassName.get(ctor.name);
      if (lazy) return loadLazy(lazy);
      proto = Object.getPrototypeOf(proto);
    }
  }
  for (const a of predicateAdapters) if (a.isInstance!(value)) return a;
  return undefined;
}

/** Every registered type name (for tests and Get-Member). */
export function registeredTypeNames(): string[] {
  return [...new Set([...byName.values()].map((a) => a.fullName))];
}
