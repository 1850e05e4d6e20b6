// How the pipeline, foreach and operators see a value: enumerable collections are unrolled (object[], ArrayList,
// List[T], adapter collections); strings, hashtables and scalars are single objects.

import { ListValue, DictionaryView } from './collections';
import { PSObject } from './psobject';
import { adapterFor } from './typeinfo';
import { DotNetException, ErrorRecord } from './errors';
import { Msg } from '../messages';

/** The items of an enumerable value, or undefined when the value is a single object. */
export function enumerateValue(v: unknown): Iterable<unknown> | undefined {
  if (Array.isArray(v)) return v;
  if (v === null || typeof v !== 'object') return undefined;
  if (v instanceof ListValue) return listItems(v);
  if (v instanceof DictionaryView) return viewItems(v);
  if (v instanceof PSObject) return v.isCustomObject ? undefined : enumerateValue(v.baseObject);
  const a = adapterFor(v);
  return a?.enumerate ? a.enumerate(v) : undefined;
}

/** A list's items as .NET's List<T>.Enumerator gives them: each step first checks the list was not changed. Every
 * iteration starts a new enumerator (with the list's version at that moment). */
export function listItems(list: ListValue): Iterable<unknown> {
  return versionedItems(() => list.version, () => list.items);
}

/** Items of a collection with a version counter, enumerated as .NET's versioned enumerators do. */
export function versionedItems(version: () => number, items: () => unknown[]): Iterable<unknown> {
  return { [Symbol.iterator]: () => new VersionedEnumerator(version, items) };
}

/** A dictionary's keys or values (a snapshot per iteration), checked against the dictionary's version likewise. */
function viewItems(view: DictionaryView): Iterable<unknown> {
  return {
    [Symbol.iterator]: () => {
      const items = view.items();
      return new VersionedEnumerator(() => view.table.version, () => items);
    },
  };
}

class VersionedEnumerator implements Iterator<unknown> {
  private index = 0;
  private readonly version: number;
  constructor(private readonly currentVersion: () => number, private readonly items: () => unknown[]) {
    this.version = currentVersion();
  }
  next(): IteratorResult<unknown> {
    if (this.currentVersion() !== this.version) throw collectionModified();
    const items = this.items();
    return this.index < items.length ? { done: false, value: items[this.index++] } : { done: true, value: undefined };
  }
}

function collectionModified(): DotNetException {
  const ex = new DotNetException('System.InvalidOperationException', Msg.CollectionModified);
  ex.errorRecord = new ErrorRecord(ex, 'System.InvalidOperationException', 'OperationStopped', null);
  return ex;
}

export function isEnumerable(v: unknown): boolean {
  return enumerateValue(v) !== undefined;
}

/** Items as an array (a scalar becomes a one-element array; $null an empty one). */
export function toItemArray(v: unknown): unknown[] {
  if (v === null || v === undefined || typeof v === 'symbol') return [];
  const e = enumerateValue(v);
  if (e === undefined) return [v];
  return Array.isArray(e) ? e : [...e];
}
