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

/** A list's items as .NET's List<T>.Enumerator gives them: each step first checks the list was not changed. */
export function* listItems(list: ListValue): Generator<unknown> {
  const version = list.version;
  for (let i = 0; ; i++) {
    if (list.version !== version) throw collectionModified();
    if (i >= list.items.length) return;
    yield list.items[i];
  }
}

/** A dictionary's keys or values, checked against the dictionary's version at each step like .NET's enumerator. */
function* viewItems(view: DictionaryView): Generator<unknown> {
  const version = view.table.version;
  const items = view.items();
  for (let i = 0; ; i++) {
    if (view.table.version !== version) throw collectionModified();
    if (i >= items.length) return;
    yield items[i];
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
