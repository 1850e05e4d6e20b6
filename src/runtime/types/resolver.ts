// Type names in scripts ([int], [System.IO.Path], [string[]], [List[string]]) to RuntimeType values.

import type { ITypeName } from '../../parser/ast';
import { RuntimeType, findType, EXCEPTION_BASES, constructedType } from '../values';
import { canonicalTypeName, setTypeResolver } from '../convert';
import { runtimeError } from '../error-factory';
import { Msg, fmt } from '../messages';

/** Types the runtime knows by name without an adapter (value types the convert layer handles). */
const KNOWN = new Set([
  'System.Int32', 'System.Int64', 'System.Double', 'System.Single', 'System.Decimal', 'System.String', 'System.Boolean',
  'System.Char', 'System.Byte', 'System.SByte', 'System.Int16', 'System.UInt16', 'System.UInt32', 'System.UInt64',
  'System.Object', 'System.Array', 'System.Collections.Hashtable', 'System.Collections.Specialized.OrderedDictionary',
  'System.DateTime', 'System.TimeSpan', 'System.Guid', 'System.Version', 'System.Management.Automation.ScriptBlock',
  'System.Management.Automation.SwitchParameter', 'System.Management.Automation.PSObject',
  'System.Security.SecureString', 'System.Management.Automation.PSCredential', 'System.Type', 'System.Void',
  'System.Management.Automation.ErrorRecord', 'System.Collections.ArrayList', 'System.Collections.IDictionary',
  'System.Collections.IEnumerable', 'System.ValueType', 'System.Collections.IList', 'System.Collections.ICollection',
  'System.IComparable', 'System.IFormattable', 'System.Numerics.BigInteger', 'System.Management.Automation.PSCustomObject',
]);

const cache = new Map<string, RuntimeType>();

/** Forgets resolved names (a script defined or redefined classes and enums). */
export function clearResolvedTypes(): void {
  cache.clear();
}

/** Resolves a type by name, or undefined. */
export function tryResolveTypeName(name: string): RuntimeType | undefined {
  const key = name.toLowerCase().replace(/\s+/g, '');
  const hit = cache.get(key);
  if (hit) return hit;
  const t = resolveUncached(name.replace(/\s+/g, ''));
  if (t) cache.set(key, t);
  return t;
}

function splitGenericArgs(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of s) {
    if (c === '[') depth++;
    if (c === ']') depth--;
    if (c === ',' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out.map((x) => withoutAssembly(x.replace(/^\[(.*)\]$/, '$1')));
}

/** An assembly-qualified name without its assembly ('System.Int32, System.Private.CoreLib, ...' → 'System.Int32'). */
function withoutAssembly(name: string): string {
  let depth = 0;
  for (let i = 0; i < name.length; i++) {
    if (name[i] === '[') depth++;
    else if (name[i] === ']') depth--;
    else if (name[i] === ',' && depth === 0) return name.slice(0, i);
  }
  return name;
}

/** The open generic type a name with n arguments means: as written (with or without "System."), else in
 * System.Collections.Generic. */
function findGeneric(base: string, n: number) {
  const open = (name: string) => (name.includes('`') ? findType(name) : findType(`${name}\`${n}`));
  return open(base) ?? (base.includes('.') ? undefined : open('System.Collections.Generic.' + base));
}

function resolveUncached(name: string): RuntimeType | undefined {
  if (name.endsWith('[]')) {
    const el = tryResolveTypeName(name.slice(0, -2));
    return el ? new RuntimeType(el.fullName + '[]', findType('System.Array'), el) : undefined;
  }
  const g = /^([^\[]+)\[(.+)\]$/.exec(name);
  if (g) {
    const args = splitGenericArgs(g[2]).map((a) => tryResolveTypeName(a));
    if (args.some((a) => !a)) return undefined;
    const generic = findGeneric(g[1], args.length);
    if (!generic) return undefined;
    return constructedType(generic.fullName, args as RuntimeType[]);
  }
  const canonical = canonicalTypeName(name);
  const adapter = findType(canonical) ?? findType(name);
  if (adapter) return new RuntimeType(adapter.fullName, adapter);
  if (KNOWN.has(canonical)) return new RuntimeType(canonical);
  // Exception types are known by their base chain even without an adapter (catch [System.DivideByZeroException]).
  const exName = EXCEPTION_BASES[canonical] ? canonical : EXCEPTION_BASES['System.' + canonical] ? 'System.' + canonical : undefined;
  if (exName) return new RuntimeType(exName, findType('System.Exception'));
  return undefined;
}

export function typeNameText(t: ITypeName): string {
  return t.fullName;
}

/** Resolves or throws pwsh's TypeNotFound error. */
export function resolveTypeName(name: string): RuntimeType {
  const t = tryResolveTypeName(name);
  if (!t) throw runtimeError('TypeNotFound', fmt(Msg.TypeNotFound, name), 'InvalidOperation', 'System.Management.Automation.RuntimeException', name);
  return t;
}

setTypeResolver(resolveTypeName);
