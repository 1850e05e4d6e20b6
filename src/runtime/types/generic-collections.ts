// Generic collection types: Dictionary[K,V], SortedDictionary[K,V], ConcurrentDictionary[K,V], KeyValuePair[K,V],
// their Keys/Values collections, HashSet[T], SortedSet[T], Queue[T], Stack[T], LinkedList[T] (with its nodes),
// and [ref] (PSReference). Keys and items are converted to the type arguments on the way in, as .NET's binder does.

import {
  registerType, RuntimeType, AutomationNull, DotNetException, GenericDictionary, GenericDictionaryView, GenericItems,
  KeyValuePair, PSReference, enumerateValue, Hashtable, isNull, typedArray, constructedType, versionedItems, TypeAdapter,
} from '../values';
import { convertTo, toStr } from '../convert';
import { compare, compareStrings, equals } from '../operators/comparison';
import { argumentNull, nn } from './helpers';

const GENERIC = 'System.Collections.Generic.';

function argType(t: RuntimeType, i: number): string {
  return t.genericArguments?.[i]?.fullName ?? 'System.Object';
}

/** Converts a key or item to type argument i (object arguments take values as they are). */
function as(t: RuntimeType, i: number, v: unknown): unknown {
  const target = argType(t, i);
  return target === 'System.Object' ? nn(v) : convertTo(nn(v), target);
}

/** Comparer<T>.Default: strings by culture (lower case first), everything else by value. */
function defaultOrder(a: unknown, b: unknown): number {
  return typeof a === 'string' && typeof b === 'string' ? compareStrings(a, b, false) : compare(a, b, false);
}

/** Sets a [ref] argument's value (TryGetValue's `out` parameter). */
function setRef(r: unknown, value: unknown): void {
  if (r instanceof PSReference) r.value = value;
}

/** The items of a collection argument (AddRange, UnionWith, the IEnumerable constructors). */
function itemsOf(v: unknown, parameter: string): unknown[] {
  const x = nn(v);
  if (x === null) throw argumentNull(parameter);
  const e = enumerateValue(x);
  return e ? [...e] : [x];
}

// ---------------------------------------------------------------------------------------------------------------------
// Dictionaries

const dict = (v: unknown) => v as GenericDictionary;

function keyNotFound(key: unknown): DotNetException {
  return new DotNetException('System.Collections.Generic.KeyNotFoundException', `The given key '${toStr(key)}' was not present in the dictionary.`);
}

function addEntry(d: GenericDictionary, key: unknown, value: unknown): boolean {
  if (isNull(key)) throw argumentNull('key');
  const k = as(d.type, 0, key);
  if (d.has(k)) return false;
  d.set(k, as(d.type, 1, value));
  return true;
}

function pairsOf(d: GenericDictionary): KeyValuePair[] {
  const t = constructedType(GENERIC + 'KeyValuePair`2', d.type.genericArguments ?? []);
  return d.pairs().map((p) => new KeyValuePair(t, p.key, p.value));
}

/** Reads `$d.key` / `$d[key]`: the value, or not found (a key that does not convert is simply absent). */
function lookup(d: GenericDictionary, key: unknown): { found: boolean; value?: unknown } {
  let k: unknown;
  try {
    k = as(d.type, 0, key);
  } catch {
    return { found: false };
  }
  const e = d.entry(k);
  return e ? { found: true, value: e.value } : { found: false };
}

function dictionaryAdapter(fullName: string, kind: 'plain' | 'sorted' | 'concurrent') {
  const view = (part: 'Keys' | 'Values') => (v: unknown) => {
    const owner = kind === 'concurrent' ? 'System.Collections.ObjectModel.ReadOnlyCollection`1' : `${fullName}+${part === 'Keys' ? 'KeyCollection' : 'ValueCollection'}`;
    return new GenericDictionaryView(dict(v), part, owner);
  };
  const methods = [
    {
      name: 'Add',
      invoke: (v: unknown, a: unknown[]) => {
        if (!addEntry(dict(v), a[0], a[1])) throw new DotNetException('System.ArgumentException', `An item with the same key has already been added. Key: ${toStr(a[0])}`);
        return AutomationNull;
      },
    },
    { name: 'TryAdd', invoke: (v: unknown, a: unknown[]) => addEntry(dict(v), a[0], a[1]) },
    {
      name: 'Remove',
      invoke: (v: unknown, a: unknown[]) => {
        const d = dict(v);
        const hit = lookup(d, a[0]);
        if (a.length > 1) setRef(a[1], hit.found ? hit.value : null);
        return hit.found ? d.delete(as(d.type, 0, a[0])) : false;
      },
    },
    {
      name: 'TryRemove',
      invoke: (v: unknown, a: unknown[]) => {
        const d = dict(v);
        const hit = lookup(d, a[0]);
        setRef(a[1], hit.found ? hit.value : null);
        return hit.found ? d.delete(as(d.type, 0, a[0])) : false;
      },
    },
    {
      name: 'TryGetValue',
      invoke: (v: unknown, a: unknown[]) => {
        if (isNull(a[0])) throw argumentNull('key');
        const hit = lookup(dict(v), a[0]);
        setRef(a[1], hit.found ? hit.value : null);
        return hit.found;
      },
    },
    {
      name: 'TryUpdate',
      invoke: (v: unknown, a: unknown[]) => {
        const d = dict(v);
        const hit = lookup(d, a[0]);
        if (!hit.found || !equals(hit.value, as(d.type, 1, a[2]), false)) return false;
        d.set(as(d.type, 0, a[0]), as(d.type, 1, a[1]));
        return true;
      },
    },
    {
      name: 'GetOrAdd',
      invoke: (v: unknown, a: unknown[]) => {
        addEntry(dict(v), a[0], a[1]);
        return lookup(dict(v), a[0]).value;
      },
    },
    { name: 'ContainsKey', invoke: (v: unknown, a: unknown[]) => lookup(dict(v), a[0]).found },
    { name: 'ContainsValue', invoke: (v: unknown, a: unknown[]) => dict(v).pairs().some((p) => equals(p.value, a[0], false)) },
    { name: 'Clear', invoke: (v: unknown) => (dict(v).clear(), AutomationNull) },
    { name: 'GetEnumerator', invoke: (v: unknown) => pairsOf(dict(v)) },
    { name: 'ToArray', invoke: (v: unknown) => pairsOf(dict(v)) },
    {
      name: 'get_Item',
      invoke: (v: unknown, a: unknown[]) => {
        const hit = lookup(dict(v), a[0]);
        if (!hit.found) throw keyNotFound(a[0]);
        return hit.value;
      },
    },
    { name: 'set_Item', invoke: (v: unknown, a: unknown[]) => void dict(v).set(as(dict(v).type, 0, a[0]), as(dict(v).type, 1, a[1])) },
  ];
  registerType({
    fullName,
    interfaces: ['System.Collections.IDictionary', 'System.Collections.ICollection', 'System.Collections.IEnumerable'],
    properties: [
      { name: 'Count', type: 'int', get: (v) => dict(v).count },
      { name: 'Keys', type: `${fullName}+KeyCollection`, get: view('Keys') },
      { name: 'Values', type: `${fullName}+ValueCollection`, get: view('Values') },
      { name: 'IsReadOnly', type: 'bool', get: () => false, hidden: true },
      { name: 'IsFixedSize', type: 'bool', get: () => false, hidden: true },
      { name: 'IsSynchronized', type: 'bool', get: () => false, hidden: true },
      { name: 'SyncRoot', type: 'System.Object', get: (v) => v, hidden: true },
      ...(kind === 'concurrent' ? [{ name: 'IsEmpty', type: 'bool', get: (v: unknown) => dict(v).count === 0 }] : []),
    ],
    methods,
    entries: (v: GenericDictionary) => pairsOf(v),
    keyedMembers: {
      get: (v: GenericDictionary, name: string) => lookup(v, name),
      set: (v: GenericDictionary, name: string, value: unknown) => v.set(as(v.type, 0, name), as(v.type, 1, value)),
    },
    indexer: {
      get: (v: GenericDictionary, key: unknown) => lookup(v, key).value ?? null,
      set: (v: GenericDictionary, key: unknown, value: unknown) => {
        if (isNull(key)) throw argumentNull('key');
        v.set(as(v.type, 0, key), as(v.type, 1, value));
      },
    },
    toString: (v: GenericDictionary) => String(v.type),
    construct: (a, type) => {
      const d = new GenericDictionary(type ?? new RuntimeType(fullName), kind === 'sorted' ? defaultOrder : undefined);
      const src = nn(a[0]);
      if (src instanceof GenericDictionary) for (const p of src.pairs()) addEntry(d, p.key, p.value);
      else if (src instanceof Hashtable) for (const k of src.keys()) addEntry(d, k, src.get(k));
      return d;
    },
  });
}

dictionaryAdapter(GENERIC + 'Dictionary`2', 'plain');
dictionaryAdapter(GENERIC + 'SortedDictionary`2', 'sorted');
dictionaryAdapter('System.Collections.Concurrent.ConcurrentDictionary`2', 'concurrent');

registerType({
  fullName: GENERIC + 'KeyValuePair`2',
  baseTypes: ['System.ValueType'],
  properties: [
    { name: 'Key', get: (p: KeyValuePair) => p.Key },
    { name: 'Value', get: (p: KeyValuePair) => p.Value },
  ],
  toString: (p: KeyValuePair) => `[${toStr(p.Key)}, ${toStr(p.Value)}]`,
});

const dview = (v: unknown) => v as GenericDictionaryView;
for (const open of ['Dictionary`2', 'SortedDictionary`2']) {
  for (const part of ['KeyCollection', 'ValueCollection']) {
    const fullName = `${GENERIC}${open}+${part}`;
    registerType({
      fullName,
      interfaces: ['System.Collections.ICollection', 'System.Collections.IEnumerable'],
      properties: [{ name: 'Count', type: 'int', get: (v) => dview(v).dictionary.count }],
      methods: [
        { name: 'Contains', invoke: (v, a) => dview(v).items().some((x) => equals(x, a[0], false)) },
        { name: 'ToArray', invoke: (v) => dview(v).items() },
      ],
      enumerate: (v) => versionedItems(() => dview(v).dictionary.version, () => dview(v).items()),
      toString: (v: GenericDictionaryView) => String(v.type),
    });
  }
}

// ---------------------------------------------------------------------------------------------------------------------
// Sets, queues, stacks, linked lists

const coll = (v: unknown) => v as GenericItems;

function changed<T>(c: GenericItems, result: T): T {
  c.modified();
  return result;
}

function emptyError(what: string): DotNetException {
  return new DotNetException('System.InvalidOperationException', `${what} empty.`);
}

function setOf(c: GenericItems, other: unknown): GenericItems {
  const s = new GenericItems(c.type);
  for (const x of itemsOf(other, 'other')) s.addUnique(as(c.type, 0, x));
  return s;
}

const setMethods = [
  { name: 'Add', invoke: (v: unknown, a: unknown[]) => coll(v).addUnique(as(coll(v).type, 0, a[0])) },
  {
    name: 'Remove',
    invoke: (v: unknown, a: unknown[]) => {
      const c = coll(v);
      const i = c.indexOf(as(c.type, 0, a[0]));
      return i >= 0 && changed(c, c.items.splice(i, 1).length > 0);
    },
  },
  { name: 'UnionWith', invoke: (v: unknown, a: unknown[]) => (itemsOf(a[0], 'other').forEach((x) => coll(v).addUnique(as(coll(v).type, 0, x))), AutomationNull) },
  { name: 'IntersectWith', invoke: (v: unknown, a: unknown[]) => { const o = setOf(coll(v), a[0]); coll(v).items = coll(v).items.filter((x) => o.indexOf(x) >= 0); return changed(coll(v), AutomationNull); } },
  { name: 'ExceptWith', invoke: (v: unknown, a: unknown[]) => { const o = setOf(coll(v), a[0]); coll(v).items = coll(v).items.filter((x) => o.indexOf(x) < 0); return changed(coll(v), AutomationNull); } },
  { name: 'IsSubsetOf', invoke: (v: unknown, a: unknown[]) => { const o = setOf(coll(v), a[0]); return coll(v).items.every((x) => o.indexOf(x) >= 0); } },
  { name: 'IsSupersetOf', invoke: (v: unknown, a: unknown[]) => setOf(coll(v), a[0]).items.every((x) => coll(v).indexOf(x) >= 0) },
  { name: 'Overlaps', invoke: (v: unknown, a: unknown[]) => setOf(coll(v), a[0]).items.some((x) => coll(v).indexOf(x) >= 0) },
  { name: 'SetEquals', invoke: (v: unknown, a: unknown[]) => { const o = setOf(coll(v), a[0]); return o.items.length === coll(v).items.length && o.items.every((x) => coll(v).indexOf(x) >= 0); } },
];

const commonMethods = [
  { name: 'Contains', invoke: (v: unknown, a: unknown[]) => { try { return coll(v).indexOf(as(coll(v).type, 0, a[0])) >= 0; } catch { return false; } } },
  { name: 'Clear', invoke: (v: unknown) => changed(coll(v), ((coll(v).items = []), AutomationNull)) },
  { name: 'ToArray', invoke: (v: unknown) => typedArray([...coll(v).items], argType(coll(v).type, 0)) },
];

/** Take-from-one-end methods: Dequeue/Pop and Peek throw on an empty collection; TryDequeue/TryPop/TryPeek set a [ref]. */
function endMethods(take: string, what: string) {
  const front = (v: unknown) => coll(v).items[0];
  const remove = (v: unknown) => changed(coll(v), coll(v).items.shift());
  return [
    { name: take, invoke: (v: unknown) => { if (!coll(v).items.length) throw emptyError(what); return remove(v); } },
    { name: 'Peek', invoke: (v: unknown) => { if (!coll(v).items.length) throw emptyError(what); return front(v); } },
    { name: 'Try' + take, invoke: (v: unknown, a: unknown[]) => { const ok = coll(v).items.length > 0; setRef(a[0], ok ? remove(v) : null); return ok; } },
    { name: 'TryPeek', invoke: (v: unknown, a: unknown[]) => { const ok = coll(v).items.length > 0; setRef(a[0], ok ? front(v) : null); return ok; } },
  ];
}

function itemsAdapter(fullName: string, methods: Array<{ name: string; invoke(v: unknown, a: unknown[]): unknown }>, options: { sorted?: boolean; unique?: boolean; reversed?: boolean; properties?: Array<{ name: string; type?: string; get(v: unknown): unknown }> } = {}) {
  registerType({
    fullName,
    interfaces: ['System.Collections.ICollection', 'System.Collections.IEnumerable'],
    properties: [{ name: 'Count', type: 'int', get: (v) => coll(v).items.length }, ...(options.properties ?? [])],
    methods: [...methods, ...commonMethods],
    enumerate: (v) => versionedItems(() => coll(v).version, () => coll(v).items),
    toString: (v: GenericItems) => String(v.type),
    construct: (a, type) => {
      const c = new GenericItems(type ?? new RuntimeType(fullName), options.sorted ? defaultOrder : undefined);
      const src = nn(a[0]);
      if (src !== null && typeof src !== 'number' && enumerateValue(src)) {
        const items = itemsOf(src, 'collection').map((x) => as(c.type, 0, x));
        if (options.unique) items.forEach((x) => c.addUnique(x));
        else c.items = options.reversed ? items.reverse() : items;
      }
      return c;
    },
    convertFrom: (v, type) => {
      if (!type || isNull(v)) return undefined;
      const items = v instanceof Hashtable ? [v] : itemsOf(v, 'collection');
      const c = new GenericItems(type, options.sorted ? defaultOrder : undefined);
      const converted = items.map((x) => as(type, 0, x));
      if (options.unique) converted.forEach((x) => c.addUnique(x));
      else c.items = options.reversed ? converted.reverse() : converted;
      return c;
    },
  });
}

itemsAdapter(GENERIC + 'HashSet`1', setMethods, { unique: true });
itemsAdapter(GENERIC + 'SortedSet`1', setMethods, {
  sorted: true,
  unique: true,
  properties: [
    { name: 'Min', get: (v) => coll(v).items[0] ?? null },
    { name: 'Max', get: (v) => coll(v).items[coll(v).items.length - 1] ?? null },
  ],
});
itemsAdapter(GENERIC + 'Queue`1', [
  { name: 'Enqueue', invoke: (v, a) => changed(coll(v), (coll(v).items.push(as(coll(v).type, 0, a[0])), AutomationNull)) },
  ...endMethods('Dequeue', 'Queue'),
]);
// A stack keeps its top first (the order it enumerates in).
itemsAdapter(GENERIC + 'Stack`1', [
  { name: 'Push', invoke: (v, a) => changed(coll(v), (coll(v).items.unshift(as(coll(v).type, 0, a[0])), AutomationNull)) },
  ...endMethods('Pop', 'Stack'),
], { reversed: true });

// ---------------------------------------------------------------------------------------------------------------------
// [ref]

// [ref] is System.Management.Automation.PSReference; an instance's type is PSReference`1[T].
const reference: TypeAdapter<PSReference> = {
  fullName: 'System.Management.Automation.PSReference',
  accelerators: ['ref'],
  properties: [{ name: 'Value', type: 'System.Object', get: (r) => r.value, set: (r, v) => (r.value = v) }],
  construct: (a) => PSReference.box(nn(a[0])),
  convertFrom: (v) => (v instanceof PSReference ? v : PSReference.box(v)),
};
registerType(reference);
registerType({ ...reference, fullName: 'System.Management.Automation.PSReference`1', accelerators: [], baseTypes: ['System.Management.Automation.PSReference'] });

registerType({ fullName: 'System.Nullable`1', baseTypes: ['System.ValueType'] });
