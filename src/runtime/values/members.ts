// Member access on any value, case-insensitive: PSObject instance members first, then dictionary keys, then the
// type adapter's properties and methods, then pwsh's intrinsic members (PSObject, PSTypeNames, Count, Length,
// GetType, ToString, ...). Reading a member a collection lacks enumerates it over the items (member enumeration).

import { PSObject, PSMember } from './psobject';
import { Hashtable, DictionaryEntry } from './collections';
import { AutomationNull, isNull } from './primitives';
import { ScriptBlock } from './scriptblock';
import { DotNetException, ErrorRecord, PSError } from './errors';
import { toDisplayString } from './tostring';
import { adapterFor, typeNameOf, baseObject } from './typeinfo';
import { enumerateValue } from './enumerate';
import type { PropertyAdapter } from './type-registry';
import { Msg, fmt } from '../messages';
import { runtimeError, methodInvocationError } from '../error-factory';

export type PropertyMemberType = 'NoteProperty' | 'Property' | 'ScriptProperty' | 'AliasProperty' | 'CodeProperty';

/** A property as psobject.Properties / Get-Member / the formatter see it. */
export interface PropertyInfo {
  name: string;
  memberType: PropertyMemberType;
  /** .NET type name of the value's declared type, when known. */
  typeName?: string;
  settable: boolean;
  getValue(): unknown;
}

/** Extra members the runtime supplies for every value (installed by runtime/types; avoids an import cycle). */
export interface IntrinsicMembers {
  getProperty(target: unknown, name: string): { found: boolean; value?: unknown };
  invokeMethod(target: unknown, name: string, args: unknown[]): { found: boolean; value?: unknown };
  /** Lower-case names of the methods every value has. */
  methodNames: ReadonlySet<string>;
}
let intrinsics: IntrinsicMembers | undefined;

/** Set-StrictMode -Version 2+: reading a property that does not exist is an error. */
let strictProperties = false;
export function setStrictPropertyAccess(on: boolean): void {
  strictProperties = on;
}
export function setIntrinsicMembers(i: IntrinsicMembers): void {
  intrinsics = i;
}

function findAdapterProperty(v: unknown, lname: string): PropertyAdapter | undefined {
  const a = adapterFor(v);
  return a?.properties?.find((p) => p.name.toLowerCase() === lname);
}

function memberValue(m: PSMember, self: PSObject): unknown {
  switch (m.kind) {
    case 'NoteProperty':
      return m.value;
    case 'AliasProperty':
      return getMember(self, String(m.value)).value;
    case 'ScriptProperty': {
      const out = (m.value as ScriptBlock).invoke([], undefined, self);
      return out.length === 0 ? null : out.length === 1 ? out[0] : out;
    }
    case 'CodeProperty':
      return (m.value as (self: unknown) => unknown)(self);
    default:
      return null;
  }
}

/** Looks a property up on the value itself (no member enumeration). */
export function getMember(v: unknown, name: string, key: unknown = name): { found: boolean; value?: unknown } {
  const lname = name.toLowerCase();
  if (v instanceof PSObject) {
    const m = v.getMember(name);
    if (m && m.kind !== 'ScriptMethod') return { found: true, value: memberValue(m, v) };
    if (v.isCustomObject) return intrinsics?.getProperty(v, name) ?? { found: false };
    return getMember(v.baseObject, name, key);
  }
  if (v instanceof Hashtable) {
    if (v.has(key)) return { found: true, value: v.get(key) };
  } else if (v instanceof DictionaryEntry && lname === 'name') {
    return { found: true, value: v.Key };
  } else if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    const own = Object.keys(v).find((k) => k.toLowerCase() === lname);
    if (own !== undefined) return { found: true, value: (v as Record<string, unknown>)[own] };
  }
  const keyed = adapterFor(v)?.keyedMembers?.get(v, name, key);
  if (keyed?.found) return keyed;
  const p = findAdapterProperty(v, lname);
  if (p) return { found: true, value: p.get(v) };
  return intrinsics?.getProperty(v, name) ?? { found: false };
}

/** `$value.Name`: the member's value, member enumeration over collections, $null when not found (non-strict). */
export function getPropertyValue(v: unknown, name: string, key: unknown = name): unknown {
  if (isNull(v)) return nullPropertyValue(name);
  const r = getMember(v, name, key);
  if (r.found) return r.value ?? null;
  const items = enumerateValue(v);
  if (items) {
    const out: unknown[] = [];
    for (const item of items) {
      const iv = isNull(item) ? { found: false } : getMember(item, name, key);
      if (iv.found) {
        const e = enumerateValue(iv.value);
        if (e) for (const x of e) out.push(x);
        else out.push(iv.value ?? null);
      }
    }
    return out.length === 0 ? null : out.length === 1 ? out[0] : out;
  }
  if (strictProperties) throw propertyNotFoundStrict(name);
  return null;
}

function propertyNotFoundStrict(name: string): Error {
  return runtimeError('PropertyNotFoundStrict', fmt(Msg.PropertyNotFoundStrict, name), 'NotSpecified', 'System.Management.Automation.PropertyNotFoundException');
}

/** `$null.Name`: strict mode's error, else $null, except that $null counts as an empty collection (Count, Length 0). */
function nullPropertyValue(name: string): unknown {
  if (strictProperties) throw propertyNotFoundStrict(name);
  const lname = name.toLowerCase();
  return lname === 'count' || lname === 'length' ? 0 : null;
}

/** `$value.Name = x`. */
export function setPropertyValue(v: unknown, name: string, value: unknown, key: unknown = name): void {
  if (v instanceof PSObject) {
    const m = v.getMember(name);
    if (m?.kind === 'NoteProperty') {
      m.value = value;
      return;
    }
    if (m?.kind === 'ScriptProperty' && m.setter) {
      (m.setter as ScriptBlock).invoke([value], undefined, v);
      return;
    }
    if (v.isCustomObject) throw runtimeError('PropertyAssignmentException', fmt(Msg.PropertyAssignmentException, name));
    return setPropertyValue(v.baseObject, name, value, key);
  }
  if (v instanceof Hashtable) {
    v.set(key, value);
    return;
  }
  if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    const own = Object.keys(v).find((k) => k.toLowerCase() === name.toLowerCase()) ?? name;
    (v as Record<string, unknown>)[own] = value;
    return;
  }
  const keyed = adapterFor(v)?.keyedMembers;
  if (keyed) {
    keyed.set(v, name, key, value);
    return;
  }
  const p = findAdapterProperty(v, name.toLowerCase());
  if (p?.set) {
    try {
      p.set(v, value);
    } catch (e) {
      if (e instanceof DotNetException) throw methodInvocationError('set_' + p.name, 1, e);
      throw e;
    }
    return;
  }
  if (p) throw runtimeError('PropertyAssignmentException', fmt(Msg.PropertyIsReadOnly, p.name));
  throw runtimeError('PropertyAssignmentException', fmt(Msg.PropertyAssignmentException, name));
}

/** pwsh's MethodException for an argument that does not convert (needs the parameter's name). */
function argumentConversionError(e: PSError, method: string, parameters: string[] | undefined): PSError {
  const parameter = e.methodArgument && parameters?.[e.methodArgument.index];
  if (!e.methodArgument || !parameter) return e;
  const inner = new DotNetException('System.Management.Automation.PSInvalidCastException', e.record.exception.message);
  const text = fmt(Msg.MethodArgumentConversionInvalidCastArgument, parameter, toDisplayString(e.methodArgument.value), method, e.methodArgument.targetType, inner.message);
  const ex = new DotNetException('System.Management.Automation.MethodException', text, inner);
  const rec = new ErrorRecord(ex, 'MethodArgumentConversionInvalidCastArgument', 'NotSpecified', null);
  ex.errorRecord = rec;
  return new PSError(rec);
}

/** Whether `$value.Name(...)` names a method the value has. */
export function hasMethod(v: unknown, name: string): boolean {
  const lname = name.toLowerCase();
  if (v instanceof PSObject) {
    if (v.getMember(name)?.kind === 'ScriptMethod') return true;
    if (!v.isCustomObject) return hasMethod(v.baseObject, name);
  }
  return !!adapterFor(v)?.methods?.some((m) => m.name.toLowerCase() === lname) || !!intrinsics?.methodNames.has(lname);
}

/** `$value.Method(args)`; $null has only .ForEach() and .Where(), which see no items. */
export function invokeMethod(v: unknown, name: string, args: unknown[]): unknown {
  const lname = name.toLowerCase();
  if (isNull(v)) {
    if (lname === 'foreach' || lname === 'where') return intrinsics!.invokeMethod(v, name, args).value;
    throw runtimeError('InvokeMethodOnNull', Msg.InvokeMethodOnNull);
  }
  if (v instanceof PSObject) {
    const m = v.getMember(name);
    if (m?.kind === 'ScriptMethod') {
      const out = (m.value as ScriptBlock).invoke(args, undefined, v);
      return out.length === 0 ? AutomationNull : out.length === 1 ? out[0] : out;
    }
    if (!v.isCustomObject) return invokeMethod(v.baseObject, name, args);
  }
  const a = adapterFor(v);
  const method = a?.methods?.find((m) => m.name.toLowerCase() === lname);
  if (method) {
    try {
      const result = method.invoke(v, args);
      // a void method writes nothing
      return result === undefined ? AutomationNull : result;
    } catch (e) {
      if (e instanceof DotNetException) throw methodInvocationError(method.name, args.length, e);
      if (e instanceof PSError) throw argumentConversionError(e, method.name, method.parameters);
      throw e;
    }
  }
  const r = intrinsics?.invokeMethod(v, name, args);
  if (r?.found) return r.value;
  throw runtimeError('MethodNotFound', fmt(Msg.MethodNotFound, typeNameOf(baseObject(v)), name));
}

/** Properties of a value in display order (note properties, then adapter properties). */
export function getProperties(v: unknown): PropertyInfo[] {
  const out: PropertyInfo[] = [];
  if (v instanceof PSObject) {
    const self = v;
    for (const m of self.propertyMembers()) {
      out.push({
        name: m.name,
        memberType: m.kind as PropertyMemberType,
        typeName: m.kind === 'NoteProperty' ? typeNameOf(m.value) : undefined,
        settable: m.kind === 'NoteProperty' || !!m.setter,
        getValue: () => memberValue(m, self),
      });
    }
    if (v.isCustomObject) return out;
    v = v.baseObject;
  }
  if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    for (const k of Object.keys(v)) {
      const rec = v as Record<string, unknown>;
      out.push({ name: k, memberType: 'NoteProperty', typeName: typeNameOf(rec[k]), settable: true, getValue: () => rec[k] });
    }
    return out;
  }
  const a = adapterFor(v);
  for (const p of a?.properties ?? []) {
    if (p.hidden) continue;
    out.push({ name: p.name, memberType: 'Property', typeName: p.type, settable: !!p.set, getValue: () => p.get(v) });
  }
  return out;
}

/** Name → value pairs of the display properties (what Format-List * and psobject.Properties show). */
export function getPropertyValues(v: unknown): Array<[string, unknown]> {
  return getProperties(v).map((p) => [p.name, p.getValue()]);
}
