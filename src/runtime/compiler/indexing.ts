// Indexing `a[i]` and index assignment `a[i] = v` for arrays, strings, hashtables, lists and adapted types.

import { arrayElementType, Hashtable, ListValue, PSChar, PSObject, AutomationNull, isNull, enumerateValue, adapterFor, typeNameOf, invokeMethod } from '../values';
import { toInt32, convertTo } from '../convert';
import { runtimeError } from '../error-factory';
import { Msg, fmt } from '../messages';

function indexList(list: ArrayLike<unknown>, index: unknown, get: (i: number) => unknown): unknown {
  if (Array.isArray(index) || index instanceof ListValue) {
    const out: unknown[] = [];
    for (const i of Array.isArray(index) ? index : index.items) {
      const v = indexList(list, i, get);
      if (v !== AutomationNull) out.push(v);
    }
    return out;
  }
  let i = toInt32(index);
  if (i < 0) i += list.length;
  if (i < 0 || i >= list.length) return AutomationNull;
  return get(i);
}

/** `target[index]`. */
export function getIndex(target: unknown, index: unknown): unknown {
  if (target instanceof PSObject && !target.isCustomObject) target = target.baseObject;
  if (isNull(target)) throw runtimeError('NullArray', Msg.NullArrayIndex, 'InvalidOperation');
  if (Array.isArray(target)) return indexList(target, index, (i) => target[i]);
  if (typeof target === 'string') return indexList(target, index, (i) => new PSChar(target.charCodeAt(i)));
  if (target instanceof Hashtable) {
    if (Array.isArray(index)) return index.map((k) => target.get(k));
    // OrderedDictionary's int indexer is positional.
    if (target.ordered && typeof index === 'number' && !target.has(index)) return target.values()[index] ?? null;
    return target.has(index) ? target.get(index) : null;
  }
  if (target instanceof ListValue) return indexList(target.items, index, (i) => target.items[i]);
  const a = adapterFor(target);
  if (a?.indexer) return a.indexer.get(target, index);
  const getItem = a?.methods?.find((m) => m.name === 'get_Item');
  if (getItem) return invokeMethod(target, 'get_Item', [index]);
  const items = enumerateValue(target);
  if (items) {
    const list = [...items];
    return indexList(list, index, (i) => list[i]);
  }
  // A scalar indexes like a one-element array.
  if (typeof target !== 'object' || target instanceof PSObject) return indexList([target], index, () => target);
  throw runtimeError('CannotIndex', fmt(Msg.CannotIndex, typeNameOf(target)), 'InvalidOperation');
}

/** `target[index] = value`. */
export function setIndex(target: unknown, index: unknown, value: unknown): void {
  if (value === AutomationNull) value = null;
  if (target instanceof PSObject && !target.isCustomObject) target = target.baseObject;
  if (isNull(target)) throw runtimeError('NullArray', Msg.NullArrayIndex, 'InvalidOperation');
  if (target instanceof Hashtable) {
    target.set(index, value);
    return;
  }
  const list = Array.isArray(target) ? target : target instanceof ListValue ? target.items : undefined;
  if (list) {
    let i = toInt32(index);
    if (i < 0) i += list.length;
    if (i < 0 || i >= list.length) {
      throw runtimeError('System.IndexOutOfRangeException', Msg.IndexOutOfRange, 'OperationStopped', 'System.IndexOutOfRangeException');
    }
    const el = target instanceof ListValue ? target.elementType : arrayElementType(list);
    list[i] = el && el !== 'System.Object' ? convertTo(value, el) : value;
    if (target instanceof ListValue) target.modified();
    return;
  }
  const a = adapterFor(target);
  if (a?.indexer) {
    a.indexer.set(target, index, value);
    return;
  }
  if (a?.methods?.some((m) => m.name === 'set_Item')) {
    invokeMethod(target, 'set_Item', [index, value]);
    return;
  }
  throw runtimeError('CannotIndex', fmt(Msg.CannotIndex, typeNameOf(target)), 'InvalidOperation');
}
