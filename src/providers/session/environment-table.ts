// process.env as the Environment provider's table: items are DictionaryEntry(name, value), listed in sorted order.

import { DictionaryEntry } from '../../runtime/values/collections';
import type { NamedTable } from './flat-table-provider';

const collator = new Intl.Collator('en');

export const environmentTable: NamedTable = {
  list() {
    return Object.keys(process.env)
      .sort(collator.compare)
      .map((name) => ({ name, item: new DictionaryEntry(name, process.env[name]) }));
  },
  get(name) {
    return name in process.env ? new DictionaryEntry(name, process.env[name]) : undefined;
  },
  getValue(name) {
    return process.env[name] ?? null;
  },
  set(name, value) {
    process.env[name] = String(value);
  },
  remove(name) {
    delete process.env[name];
  },
};
