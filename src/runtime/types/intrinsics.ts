// Members every value has in pwsh: PSObject, PSTypeNames, Count/Length on scalars, GetType(), ToString(),
// Equals(), GetHashCode(), and the .ForEach()/.Where() collection methods.

import {
  setIntrinsicMembers, ConstructedInstance, PSObject, ScriptBlock, RuntimeType, Hashtable, ListValue, AutomationNull, typeNameOf,
  typeNamesOf, toDisplayString, enumerateValue, isNull, getPropertyValue, invokeMethod, findType, getProperties,
  Decimal, DoubleBox, TypedNumber, DateTime, isInt32, formatRoundTrip, getMember, hasMethod, setPropertyValue, PSError,
} from '../values';
import { toBool, toStr, toInt32, convertTo } from '../convert';
import { Msg, fmt } from '../messages';
import { runtimeError } from '../error-factory';
import { equals } from '../operators/comparison';
import { formatValue } from '../operators/format';
import { tryResolveTypeName } from './resolver';
import { PSObjectView } from './psobject-view';

function items(v: unknown): unknown[] {
  if (isNull(v)) return [];
  const e = v instanceof Hashtable ? undefined : enumerateValue(v);
  return e ? [...e] : [v];
}

function typeOfValue(v: unknown): RuntimeType {
  if (v instanceof ConstructedInstance) return v.type;
  const name = v instanceof PSObject && v.isCustomObject ? 'System.Management.Automation.PSCustomObject' : typeNameOf(v) ?? 'System.Object';
  return tryResolveTypeName(name) ?? new RuntimeType(name, findType(name));
}

function isFormattable(v: unknown): boolean {
  return typeof v === 'number' || typeof v === 'bigint' || v instanceof Decimal || v instanceof DoubleBox || v instanceof TypedNumber || v instanceof DateTime;
}

setIntrinsicMembers({
  getProperty(target, name) {
    switch (name.toLowerCase()) {
      case 'psobject':
        return { found: true, value: new PSObjectView(target) };
      case 'pstypenames':
        return { found: true, value: target instanceof PSObject ? target.typeNames : typeNamesOf(target) };
      case 'count':
      case 'length':
        if (target instanceof Hashtable) return { found: true, value: target.count };
        if (enumerateValue(target)) return { found: false };
        return { found: true, value: 1 };
      default:
        return { found: false };
    }
  },
  methodNames: new Set(['gettype', 'tostring', 'equals', 'gethashcode', 'foreach', 'where']),
  invokeMethod(target, name, args) {
    switch (name.toLowerCase()) {
      case 'gettype':
        return { found: true, value: typeOfValue(target) };
      case 'tostring':
        if (args.length && isFormattable(target)) return { found: true, value: formatValue(target, toStr(args[0])) };
        if (target instanceof PSObject && target.isCustomObject) return { found: true, value: '' };
        if (typeof target === 'number' && !isInt32(target)) return { found: true, value: formatRoundTrip(target) };
        if (target instanceof DoubleBox) return { found: true, value: formatRoundTrip(target.value) };
        return { found: true, value: toDisplayString(target) };
      case 'equals':
        return { found: true, value: equals(target, args[0], false) };
      case 'gethashcode':
        return { found: true, value: hash(toDisplayString(target)) };
      case 'foreach':
        return { found: true, value: forEach(target, args) };
      case 'where':
        return { found: true, value: where(target, args) };
      default:
        return { found: false };
    }
  },
});

function hash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  return h;
}

function forEach(target: unknown, args: unknown[]): unknown[] {
  const [first, ...rest] = args;
  const out: unknown[] = [];
  for (const x of items(target)) {
    if (first instanceof ScriptBlock) {
      for (const r of first.invokeInCallerScope(rest, x)) out.push(r);
    } else if (first instanceof RuntimeType) {
      out.push(convertForEachItem(x, first));
    } else {
      forEachMember(x, toStr(first), rest, out);
    }
  }
  return out;
}

/** `.ForEach([type])`: each item converted; a failure is reported as pwsh's collection Add does. */
function convertForEachItem(x: unknown, type: RuntimeType): unknown {
  try {
    return convertTo(x, type.fullName);
  } catch (e) {
    if (!(e instanceof PSError)) throw e;
    const text = fmt(Msg.MethodArgumentConversionInvalidCastArgument, 'item', toDisplayString(x), 'Add', type.fullName, e.record.exception.message);
    throw runtimeError('MethodArgumentConversionInvalidCastArgument', text, 'NotSpecified', 'System.Management.Automation.MethodException');
  }
}

/** `.ForEach('Name', args...)`: a property's value (or, with one argument, its new value), else the method's result. */
function forEachMember(x: unknown, member: string, rest: unknown[], out: unknown[]): void {
  const property = getMember(x, member);
  if (property.found && rest.length === 0) {
    out.push(property.value ?? null);
    return;
  }
  if (!hasMethod(x, member)) {
    if (property.found && rest.length === 1) setPropertyValue(x, member, rest[0]);
    else if (rest.length === 0) out.push(null);
    else throw runtimeError('ForEachNonexistentMemberReference', fmt(Msg.ForEachNonexistentMemberReference, member));
    return;
  }
  const r = invokeMethod(x, member, rest);
  if (r !== AutomationNull) out.push(r);
}

function where(target: unknown, args: unknown[]): unknown[] {
  const [block, modeArg, countArg] = args;
  const mode = modeArg === undefined ? 'default' : toStr(modeArg).toLowerCase();
  const count = countArg === undefined ? 0 : toInt32(countArg);
  const list = items(target);
  const test = (x: unknown) => toBool((block as ScriptBlock).invokeInCallerScope([], x));
  // Each mode stops calling the block as soon as its answer is known, as pwsh does (the block may have effects).
  const limit = count > 0 ? count : Infinity;
  switch (mode) {
    case 'last': {
      const r = list.filter(test);
      return r.slice(-(count || 1));
    }
    case 'skipuntil': {
      const i = list.findIndex(test);
      return i < 0 ? [] : list.slice(i, i + limit);
    }
    case 'until': {
      const r: unknown[] = [];
      for (let i = 0; i < list.length && r.length < limit && !test(list[i]); i++) r.push(list[i]);
      return r;
    }
    case 'split': {
      const yes: unknown[] = [];
      const no: unknown[] = [];
      for (const x of list) (yes.length < limit && test(x) ? yes : no).push(x);
      return [yes, no];
    }
    default: {
      const wanted = mode === 'first' ? count || 1 : limit;
      const r: unknown[] = [];
      for (let i = 0; i < list.length && r.length < wanted; i++) if (test(list[i])) r.push(list[i]);
      return r;
    }
  }
}

