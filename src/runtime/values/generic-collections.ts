// Generic collections beyond List[T] (Dictionary[K,V] and its sorted and concurrent kinds, HashSet[T], SortedSet[T],
// Queue[T], Stack[T], LinkedList[T]) and [ref]. Each instance carries its constructed RuntimeType, so GetType(),
// element conversion and ToString() come from the type arguments. Their members are adapters in runtime/types.

import { RuntimeType } from './runtime-type';
import { PSChar, EnumValue } from './primitives';
import { findType } from './type-registry';

const CORELIB = 'System.Private.CoreLib, Version=10.0.0.0, Culture=neutral, PublicKeyToken=7cec85d7bea7798e';

/** A constructed type over given arguments, e.g. KeyValuePair`2[[System.String, ...],[System.Int32, ...]]. */
export function constructedType(openName: string, args: RuntimeType[]): RuntimeType {
  const full = `${openName}[${args.map((a) => `[${a.fullName}, ${CORELIB}]`).join(',')}]`;
  return new RuntimeType(full, findType(openName), undefined, args);
}

/** A value whose .NET type is a constructed generic type it carries (GetType() and its members come from `type`). */
export abstract class ConstructedInstance {
  abstract get type(): RuntimeType;
}

/** Identity of a generic collection's key or item: .NET's default comparer (strings ordinal, case-sensitive). */
function itemId(v: unknown): unknown {
  if (typeof v === 'string') return 's:' + v;
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return typeof v + ':' + String(v);
  if (v instanceof PSChar) return 'c:' + v.code;
  if (v instanceof EnumValue) return v.typeName + ':' + v.value;
  if (v !== null && typeof v === 'object') {
    const id = (v as { value?: unknown }).value;
    if (v.constructor !== Object && (typeof id === 'number' || typeof id === 'string')) return v.constructor.name + ':' + id;
  }
  return v;
}

/** Dictionary[K,V], SortedDictionary[K,V] (kept in key order by `order`), ConcurrentDictionary[K,V]. */
export class GenericDictionary extends ConstructedInstance {
  /** Entries by slot; a removed entry's slot is reused by the next add (.NET's free list), which decides the order. */
  private readonly slots: Array<{ key: unknown; value: unknown } | undefined> = [];
  private readonly free: number[] = [];
  private readonly index = new Map<unknown, number>();
  /** .NET's _version: a walk over the dictionary fails on its next step after a change. */
  version = 0;
  constructor(
    readonly type: RuntimeType,
    private readonly order?: (a: unknown, b: unknown) => number,
  ) {
    super();
  }

  get count(): number {
    return this.index.size;
  }
  has(key: unknown): boolean {
    return this.index.has(itemId(key));
  }
  /** The entry for a key, or undefined. */
  entry(key: unknown): { key: unknown; value: unknown } | undefined {
    const i = this.index.get(itemId(key));
    return i === undefined ? undefined : this.slots[i];
  }
  set(key: unknown, value: unknown): void {
    const id = itemId(key);
    const i = this.index.get(id);
    if (i !== undefined) this.slots[i]!.value = value;
    else {
      const slot = this.free.pop() ?? this.slots.length;
      this.slots[slot] = { key, value };
      this.index.set(id, slot);
    }
    this.version++;
  }
  delete(key: unknown): boolean {
    const id = itemId(key);
    const i = this.index.get(id);
    if (i === undefined) return false;
    this.index.delete(id);
    this.slots[i] = undefined;
    this.free.push(i);
    this.version++;
    return true;
  }
  clear(): void {
    if (this.index.size) this.version++;
    this.index.clear();
    this.slots.length = 0;
    this.free.length = 0;
  }
  /** Entries in enumeration order (slot order, or key order for a sorted dictionary). */
  pairs(): Array<{ key: unknown; value: unknown }> {
    const all = this.slots.filter((e): e is { key: unknown; value: unknown } => e !== undefined);
    return this.order ? all.sort((a, b) => this.order!(a.key, b.key)) : all;
  }
}

/** System.Collections.Generic.KeyValuePair[K,V]: what enumerating a generic dictionary yields. */
export class KeyValuePair extends ConstructedInstance {
  constructor(
    readonly type: RuntimeType,
    readonly Key: unknown,
    readonly Value: unknown,
  ) {
    super();
  }
}

/** A generic dictionary's live Keys or Values collection (Dictionary`2+KeyCollection, ...). */
export class GenericDictionaryView extends ConstructedInstance {
  readonly type: RuntimeType;
  constructor(
    readonly dictionary: GenericDictionary,
    readonly part: 'Keys' | 'Values',
    /** The view's open type, e.g. 'System.Collections.Generic.Dictionary`2+KeyCollection'. */
    openName: string,
  ) {
    super();
    this.type = constructedType(openName, dictionary.type.genericArguments ?? []);
  }
  items(): unknown[] {
    return this.dictionary.pairs().map((p) => (this.part === 'Keys' ? p.key : p.value));
  }
}

/** HashSet[T], SortedSet[T] (kept in order by `order`), Queue[T], Stack[T], LinkedList[T]: items in enumeration order. */
export class GenericItems extends ConstructedInstance {
  items: unknown[] = [];
  version = 0;
  constructor(
    readonly type: RuntimeType,
    readonly order?: (a: unknown, b: unknown) => number,
  ) {
    super();
  }

  indexOf(v: unknown): number {
    const id = itemId(v);
    return this.items.findIndex((x) => itemId(x) === id);
  }
  /** Adds to a set: false when present; a sorted set keeps its order. */
  addUnique(v: unknown): boolean {
    if (this.indexOf(v) >= 0) return false;
    this.items.push(v);
    if (this.order) this.items.sort(this.order);
    this.version++;
    return true;
  }
  modified(): void {
    this.version++;
  }
}

/** System.Management.Automation.PSReference ([ref]): a variable's slot, or a box around a value. */
export class PSReference extends ConstructedInstance {
  constructor(
    private readonly read: () => unknown,
    private readonly write: (v: unknown) => void,
  ) {
    super();
  }
  /** PSReference`1[T], T the referenced value's type. */
  get type(): RuntimeType {
    const inner = this.value;
    const name = inner === null || inner === undefined ? 'System.Object' : typeName(inner);
    return constructedType('System.Management.Automation.PSReference`1', [new RuntimeType(name)]);
  }
  get value(): unknown {
    return this.read();
  }
  set value(v: unknown) {
    this.write(v);
  }
  static box(initial: unknown): PSReference {
    let v = initial;
    return new PSReference(() => v, (x) => (v = x));
  }
}

let typeName: (v: unknown) => string = () => 'System.Object';
/** Installed by typeinfo (which imports this module): GetType().FullName of a referenced value. */
export function setReferencedTypeName(f: (v: unknown) => string): void {
  typeName = f;
}
