// Collections: object[] is a plain JS Array (a typed array like string[] carries its element type under
// ELEMENT_TYPE); Hashtable / OrderedDictionary keep insertion order with case-insensitive string keys;
// ArrayList and List[T] are ListValue.

export const ELEMENT_TYPE = Symbol('psElementType');

/** Tags an array as T[] (e.g. 'System.String'); untagged arrays are object[]. */
export function typedArray<T>(items: T[], elementType: string): T[] {
  Object.defineProperty(items, ELEMENT_TYPE, { value: elementType, enumerable: false, configurable: true });
  return items;
}

export function arrayElementType(a: unknown[]): string {
  return (a as unknown as Record<symbol, string>)[ELEMENT_TYPE] ?? 'System.Object';
}

/** Key identity of a hashtable key: strings compare case-insensitively, numbers by value. */
function keyId(key: unknown): unknown {
  if (typeof key === 'string') return 's:' + key.toLowerCase();
  if (typeof key === 'number' || typeof key === 'bigint' || typeof key === 'boolean') return typeof key + ':' + String(key);
  if (key !== null && typeof key === 'object') {
    const s = (key as { toString(): string }).toString;
    if (key.constructor && key.constructor !== Object && s !== Object.prototype.toString) {
      const id = (key as { value?: unknown }).value;
      if (typeof id === 'number' || typeof id === 'string') return key.constructor.name + ':' + id;
    }
  }
  return key;
}

/** System.Collections.Hashtable, or System.Collections.Specialized.OrderedDictionary when ordered. */
export class Hashtable {
  private readonly entries = new Map<unknown, { key: unknown; value: unknown }>();
  /** .NET's _version: bumped by every change, so a walk over Keys or Values in progress fails on its next step. */
  version = 0;
  constructor(readonly ordered = false) {}

  get typeName(): string {
    return this.ordered ? 'System.Collections.Specialized.OrderedDictionary' : 'System.Collections.Hashtable';
  }
  get count(): number {
    return this.entries.size;
  }
  has(key: unknown): boolean {
    return this.entries.has(keyId(key));
  }
  get(key: unknown): unknown {
    const e = this.entries.get(keyId(key));
    return e === undefined ? null : e.value;
  }
  /** Sets a value; an existing key keeps its position and original spelling. */
  set(key: unknown, value: unknown): void {
    const id = keyId(key);
    const e = this.entries.get(id);
    if (e) e.value = value;
    else this.entries.set(id, { key, value });
    this.version++;
  }
  delete(key: unknown): boolean {
    const found = this.entries.delete(keyId(key));
    if (found) this.version++;
    return found;
  }
  clear(): void {
    if (this.entries.size) this.version++;
    this.entries.clear();
  }
  keys(): unknown[] {
    return [...this.entries.values()].map((e) => e.key);
  }
  values(): unknown[] {
    return [...this.entries.values()].map((e) => e.value);
  }
  /** Entries as DictionaryEntry values (what enumerating a hashtable yields). */
  dictionaryEntries(): DictionaryEntry[] {
    return [...this.entries.values()].map((e) => new DictionaryEntry(e.key, e.value));
  }
  clone(): Hashtable {
    const h = new Hashtable(this.ordered);
    for (const e of this.entries.values()) h.set(e.key, e.value);
    return h;
  }
  static from(pairs: Iterable<[unknown, unknown]>, ordered = false): Hashtable {
    const h = new Hashtable(ordered);
    for (const [k, v] of pairs) h.set(k, v);
    return h;
  }
}

/** A dictionary's live Keys or Values collection (Hashtable+KeyCollection, ...): it sees later changes, and a
 * walk over it fails once the dictionary changes. */
export class DictionaryView {
  constructor(readonly table: Hashtable, readonly part: 'Keys' | 'Values') {}

  get typeName(): string {
    if (this.table.ordered) return 'System.Collections.Specialized.OrderedDictionary+OrderedDictionaryKeyValueCollection';
    return this.part === 'Keys' ? 'System.Collections.Hashtable+KeyCollection' : 'System.Collections.Hashtable+ValueCollection';
  }

  /** The current items (a snapshot). */
  items(): unknown[] {
    return this.part === 'Keys' ? this.table.keys() : this.table.values();
  }
}

/** System.Collections.DictionaryEntry (Key/Value; Name is pwsh's alias of Key). */
export class DictionaryEntry {
  constructor(readonly Key: unknown, public Value: unknown) {}
}

/** System.Collections.ArrayList or System.Collections.Generic.List[T]. */
export class ListValue {
  /** .NET's _version: bumped by every change, so an enumeration in progress fails on its next step. */
  version = 0;

  constructor(
    /** 'System.Collections.ArrayList' or e.g. 'System.Collections.Generic.List`1[[System.String...]]' display name. */
    readonly typeName: string,
    /** Element type for List[T]; undefined for ArrayList. */
    readonly elementType: string | undefined,
    readonly items: unknown[] = [],
  ) {}

  /** Call after changing `items`. */
  modified(): void {
    this.version++;
  }
}

/** The .NET type name of a collection's enumerator (pwsh reports it as the target of a failed enumeration). */
export function enumeratorTypeName(collection: unknown): string | undefined {
  if (collection instanceof ListValue) {
    return collection.elementType ? `System.Collections.Generic.List\`1+Enumerator[${collection.elementType}]` : 'System.Collections.ArrayList+ArrayListEnumeratorSimple';
  }
  if (collection instanceof DictionaryView) {
    return collection.table.ordered ? 'System.Collections.Specialized.OrderedDictionary+OrderedDictionaryEnumerator' : 'System.Collections.Hashtable+HashtableEnumerator';
  }
  return undefined;
}

/** The enumerator's Type.FullName (generic arguments assembly-qualified, as GetType().FullName shows them). */
export function enumeratorFullName(collection: unknown): string | undefined {
  if (collection instanceof ListValue && collection.elementType) return collection.typeName.replace('`1[', '`1+Enumerator[');
  return enumeratorTypeName(collection);
}

/** The enumerator a foreach statement walks, which the body sees as $foreach: MoveNext() inside the body skips the
 * item the loop would take next, Reset() starts over, as the .NET enumerators pwsh hands out do. */
export class LoopEnumerator {
  private iterator: Iterator<unknown>;
  private item: unknown = null;
  private positioned = false;
  constructor(
    private readonly items: Iterable<unknown>,
    /** The .NET type of the enumerator pwsh would use for this collection. */
    readonly typeName: string,
    /** RangeEnumerator keeps its last value as Current after the end; the others have none. */
    private readonly keepsLast = false,
  ) {
    this.iterator = items[Symbol.iterator]();
  }
  get current(): unknown {
    return this.positioned ? this.item : null;
  }
  moveNext(): boolean {
    const step = this.iterator.next();
    if (step.done) {
      this.positioned &&= this.keepsLast;
      return false;
    }
    this.item = step.value;
    this.positioned = true;
    return true;
  }
  reset(): void {
    this.iterator = this.items[Symbol.iterator]();
    this.positioned = false;
  }
  /** What piping the enumerator gives: the items it has not reached yet. */
  *remaining(): Iterable<unknown> {
    while (this.moveNext()) yield this.item;
  }
}
