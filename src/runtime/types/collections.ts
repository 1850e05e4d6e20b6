// Collection types: object[] (System.Array), Hashtable / OrderedDictionary, ArrayList, List[T], DictionaryEntry.

import { registerType, LoopEnumerator, Hashtable, ListValue, DictionaryEntry, DictionaryView, typedArray, arrayElementType, RuntimeType, DotNetException, AutomationNull, enumerateValue, listItems } from '../values';
import { toInt32, convertTo, toStr, ConversionError } from '../convert';
import { equals, compare } from '../operators/comparison';
import { arg, nn, argumentOutOfRange, argumentNull } from './helpers';

const arr = (v: unknown) => v as unknown[];

function indexOf(list: unknown[], value: unknown): number {
  return list.findIndex((x) => equals(x, value, false));
}

registerType({
  fullName: 'System.Array',
  accelerators: ['array'],
  interfaces: ['System.Collections.IList', 'System.Collections.ICollection', 'System.Collections.IEnumerable'],
  properties: [
    { name: 'Length', type: 'int', get: (v) => arr(v).length },
    { name: 'LongLength', type: 'long', get: (v) => BigInt(arr(v).length) },
    { name: 'Rank', type: 'int', get: () => 1 },
    { name: 'Count', type: 'int', get: (v) => arr(v).length, hidden: true },
    { name: 'IsReadOnly', type: 'bool', get: () => false },
    { name: 'IsFixedSize', type: 'bool', get: () => true },
    { name: 'IsSynchronized', type: 'bool', get: () => false },
    { name: 'SyncRoot', type: 'System.Object', get: (v) => v },
  ],
  enumerate: (v) => arr(v),
  methods: [
    { name: 'Contains', invoke: (v, a) => indexOf(arr(v), a[0]) >= 0 },
    { name: 'IndexOf', invoke: (v, a) => indexOf(arr(v), a[0]) },
    { name: 'Clone', invoke: (v) => typedArray([...arr(v)], arrayElementType(arr(v))) },
    { name: 'GetValue', invoke: (v, a) => arr(v)[arg.int(a, 0)] ?? null },
    { name: 'SetValue', invoke: (v, a) => void (arr(v)[arg.int(a, 1)] = a[0]) },
    { name: 'Add', invoke: () => { throw new DotNetException('System.NotSupportedException', 'Collection was of a fixed size.'); } },
    { name: 'get_Item', invoke: (v, a) => arr(v)[arg.int(a, 0)] },
  ],
  staticMethods: [
    { name: 'Reverse', invoke: (a) => void arr(a[0]).reverse() },
    { name: 'Sort', invoke: (a) => void arr(a[0]).sort((x, y) => compare(x, y)) },
    { name: 'IndexOf', invoke: (a) => { if (nn(a[0]) === null) throw argumentNull('array'); return indexOf(arr(a[0]), a[1]); } },
    { name: 'Empty', invoke: () => [] },
    { name: 'CreateInstance', invoke: (a) => typedArray(new Array(arg.int(a, 1)).fill(null), (a[0] as RuntimeType).fullName) },
  ],
});

// Keys and Values of a Hashtable or OrderedDictionary: live collections over the dictionary.
for (const fullName of ['System.Collections.Hashtable+KeyCollection', 'System.Collections.Hashtable+ValueCollection', 'System.Collections.Specialized.OrderedDictionary+OrderedDictionaryKeyValueCollection']) {
  registerType({
    fullName,
    interfaces: ['System.Collections.ICollection', 'System.Collections.IEnumerable'],
    properties: [
      { name: 'Count', type: 'int', get: (v: unknown) => (v as DictionaryView).table.count },
      { name: 'IsSynchronized', type: 'bool', get: () => false },
      { name: 'SyncRoot', type: 'System.Object', get: (v: unknown) => (v as DictionaryView).table },
    ],
    enumerate: (v: unknown) => enumerateValue(v)!,
  });
}

const ht = (v: unknown) => v as Hashtable;
const hashtableMembers = {
  properties: [
    { name: 'Count', type: 'int', get: (v: unknown) => ht(v).count },
    { name: 'Keys', type: 'System.Collections.ICollection', get: (v: unknown) => new DictionaryView(ht(v), 'Keys') },
    { name: 'Values', type: 'System.Collections.ICollection', get: (v: unknown) => new DictionaryView(ht(v), 'Values') },
    { name: 'IsReadOnly', type: 'bool', get: () => false },
    { name: 'IsFixedSize', type: 'bool', get: () => false },
    { name: 'IsSynchronized', type: 'bool', get: () => false },
    { name: 'SyncRoot', type: 'System.Object', get: (v: unknown) => v },
  ],
  methods: [
    {
      name: 'Add',
      invoke: (v: unknown, a: unknown[]) => {
        if (ht(v).has(a[0])) throw new DotNetException('System.ArgumentException', `Item has already been added. Key in dictionary: '${toStr(a[0])}'  Key being added: '${toStr(a[0])}'`);
        ht(v).set(nn(a[0]), nn(a[1]));
        return AutomationNull;
      },
    },
    // void in .NET: no output
    { name: 'Remove', invoke: (v: unknown, a: unknown[]) => (ht(v).delete(a[0]), AutomationNull) },
    { name: 'Clear', invoke: (v: unknown) => (ht(v).clear(), AutomationNull) },
    { name: 'ContainsKey', invoke: (v: unknown, a: unknown[]) => ht(v).has(a[0]) },
    { name: 'Contains', invoke: (v: unknown, a: unknown[]) => ht(v).has(a[0]) },
    { name: 'ContainsValue', invoke: (v: unknown, a: unknown[]) => ht(v).values().some((x) => equals(x, a[0], false)) },
    { name: 'Clone', invoke: (v: unknown) => ht(v).clone() },
    { name: 'GetEnumerator', invoke: (v: unknown) => ht(v).dictionaryEntries() },
    { name: 'get_Item', invoke: (v: unknown, a: unknown[]) => ht(v).get(a[0]) },
    { name: 'set_Item', invoke: (v: unknown, a: unknown[]) => void ht(v).set(a[0], a[1]) },
    { name: 'Insert', invoke: (v: unknown, a: unknown[]) => void ht(v).set(a[1], a[2]) },
  ],
};

registerType({
  fullName: 'System.Collections.Hashtable',
  accelerators: ['hashtable'],
  interfaces: ['System.Collections.IDictionary', 'System.Collections.ICollection', 'System.Collections.IEnumerable'],
  isInstance: (v) => v instanceof Hashtable && !v.ordered,
  ...hashtableMembers,
  construct: () => new Hashtable(),
});

registerType({
  fullName: 'System.Collections.Specialized.OrderedDictionary',
  accelerators: ['ordered'],
  interfaces: ['System.Collections.IDictionary', 'System.Collections.ICollection', 'System.Collections.IEnumerable'],
  isInstance: (v) => v instanceof Hashtable && v.ordered,
  ...hashtableMembers,
  construct: () => new Hashtable(true),
});

registerType({
  fullName: 'System.Collections.DictionaryEntry',
  baseTypes: ['System.ValueType'],
  jsClass: DictionaryEntry,
  properties: [
    { name: 'Key', type: 'System.Object', get: (e: DictionaryEntry) => e.Key },
    { name: 'Value', type: 'System.Object', get: (e: DictionaryEntry) => e.Value, set: (e: DictionaryEntry, v) => (e.Value = v) },
  ],
});

const lv = (v: unknown) => v as ListValue;
function item(l: ListValue, v: unknown): unknown {
  return l.elementType && l.elementType !== 'System.Object' ? convertTo(nn(v), l.elementType) : nn(v);
}
/** Applies a change to a list's items and bumps its version (returns nothing, like the .NET methods). */
function change(v: unknown, apply: (l: ListValue) => unknown): typeof AutomationNull {
  const l = lv(v);
  apply(l);
  l.modified();
  return AutomationNull;
}
const listMembers = {
  properties: [
    { name: 'Count', type: 'int', get: (v: unknown) => lv(v).items.length },
    { name: 'Capacity', type: 'int', get: (v: unknown) => Math.max(4, lv(v).items.length) },
    { name: 'IsReadOnly', type: 'bool', get: () => false },
    { name: 'IsFixedSize', type: 'bool', get: () => false },
    { name: 'IsSynchronized', type: 'bool', get: () => false },
    { name: 'SyncRoot', type: 'System.Object', get: (v: unknown) => v },
  ],
  enumerate: (v: unknown) => listItems(lv(v)),
  methods: [
    {
      name: 'Add',
      invoke: (v: unknown, a: unknown[]) => {
        const l = lv(v);
        l.items.push(item(l, a[0]));
        l.modified();
        return l.elementType ? AutomationNull : l.items.length - 1;
      },
    },
    { name: 'AddRange', invoke: (v: unknown, a: unknown[]) => change(v, (l) => l.items.push(...(Array.isArray(a[0]) ? a[0] : a[0] instanceof ListValue ? a[0].items : [a[0]]).map((x) => item(l, x)))) },
    {
      name: 'Remove',
      invoke: (v: unknown, a: unknown[]) => {
        const i = indexOf(lv(v).items, a[0]);
        if (i >= 0) change(v, (l) => l.items.splice(i, 1));
        return lv(v).elementType ? i >= 0 : AutomationNull;
      },
    },
    {
      name: 'RemoveAt',
      invoke: (v: unknown, a: unknown[]) => {
        const i = arg.int(a, 0);
        if (i < 0 || i >= lv(v).items.length) throw argumentOutOfRange('index', 'Index was out of range. Must be non-negative and less than the size of the collection.');
        change(v, (l) => l.items.splice(i, 1));
        return AutomationNull;
      },
    },
    { name: 'Insert', invoke: (v: unknown, a: unknown[]) => change(v, (l) => l.items.splice(arg.int(a, 0), 0, item(l, a[1]))) },
    { name: 'Contains', invoke: (v: unknown, a: unknown[]) => indexOf(lv(v).items, a[0]) >= 0 },
    { name: 'IndexOf', invoke: (v: unknown, a: unknown[]) => indexOf(lv(v).items, a[0]) },
    { name: 'Clear', invoke: (v: unknown) => change(v, (l) => (l.items.length = 0)) },
    { name: 'ToArray', invoke: (v: unknown) => (lv(v).elementType ? typedArray([...lv(v).items], lv(v).elementType!) : [...lv(v).items]) },
    { name: 'Sort', invoke: (v: unknown) => change(v, (l) => l.items.sort((x, y) => compare(x, y))) },
    { name: 'Reverse', invoke: (v: unknown) => change(v, (l) => l.items.reverse()) },
    { name: 'Clone', invoke: (v: unknown) => new ListValue(lv(v).typeName, lv(v).elementType, [...lv(v).items]) },
    { name: 'get_Item', invoke: (v: unknown, a: unknown[]) => lv(v).items[toInt32(a[0])] },
    { name: 'set_Item', invoke: (v: unknown, a: unknown[]) => change(v, (l) => (l.items[toInt32(a[0])] = item(l, a[1]))) },
  ],
};

registerType({
  fullName: 'System.Collections.ArrayList',
  accelerators: ['arraylist'],
  interfaces: ['System.Collections.IList', 'System.Collections.ICollection', 'System.Collections.IEnumerable'],
  isInstance: (v) => v instanceof ListValue && !v.elementType,
  ...listMembers,
  // ArrayList(ICollection c) copies a collection; ArrayList(int capacity) takes anything that converts to Int32.
  construct: (a) => {
    const items: unknown[] = [];
    if (a.length) {
      const src = nn(a[0]);
      if (src === null) throw argumentNull('c');
      const e = src instanceof Hashtable ? src.dictionaryEntries() : enumerateValue(src);
      if (e !== undefined) items.push(...e);
      else if (toInt32(src) < 0) throw argumentOutOfRange('capacity', "'capacity' must be non-negative.");
    }
    return new ListValue('System.Collections.ArrayList', undefined, items);
  },
});

registerType({
  fullName: 'System.Collections.Generic.List`1',
  interfaces: ['System.Collections.IList', 'System.Collections.ICollection', 'System.Collections.IEnumerable'],
  isInstance: (v) => v instanceof ListValue && !!v.elementType,
  ...listMembers,
  construct: (a, type) => {
    const el = type?.genericArguments?.[0]?.fullName ?? 'System.Object';
    const l = new ListValue(type?.fullName ?? 'System.Collections.Generic.List`1', el, []);
    if (a.length && typeof a[0] !== 'number' && a[0] !== null) for (const x of Array.isArray(a[0]) ? a[0] : a[0] instanceof ListValue ? a[0].items : [a[0]]) l.items.push(item(l, x));
    return l;
  },
  // [List[int]]$x: a collection's items each converted (a failure is the cast's own error); a scalar is one item.
  convertFrom: (v, type) => {
    if (!type) return undefined;
    const l = new ListValue(type.fullName, type.genericArguments?.[0]?.fullName ?? 'System.Object', []);
    const items = v instanceof Hashtable ? undefined : enumerateValue(v);
    if (!items) return (l.items.push(item(l, v)), l);
    try {
      for (const x of items) l.items.push(item(l, x));
    } catch (e) {
      if (e instanceof ConversionError) return undefined;
      throw e;
    }
    return l;
  },
});

registerType({
  fullName: 'System.Collections.IEnumerator',
  jsClass: LoopEnumerator,
  properties: [{ name: 'Current', type: 'System.Object', get: (e) => (e as LoopEnumerator).current }],
  methods: [
    { name: 'MoveNext', overloads: ['bool MoveNext()'], invoke: (e) => (e as LoopEnumerator).moveNext() },
    { name: 'Reset', overloads: ['void Reset()'], invoke: (e) => ((e as LoopEnumerator).reset(), AutomationNull) },
  ],
  enumerate: (e) => (e as LoopEnumerator).remaining(),
});
