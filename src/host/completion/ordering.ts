// The order pwsh lists completions in: by name in the current culture (en-US), ignoring case, so '_' comes before
// letters and 'Beta' sits next to 'beta2' (Env: and FileSystem listings recorded from pwsh 7.6.9).

const collator = new Intl.Collator('en-US', { sensitivity: 'accent' });

export function compareNames(a: string, b: string): number {
  return collator.compare(a, b);
}

/** Sorts by a key, keeping the input order for equal keys. */
export function sortByName<T>(items: T[], key: (item: T) => string): T[] {
  return items.map((item, index) => ({ item, index })).sort((x, y) => compareNames(key(x.item), key(y.item)) || x.index - y.index).map((x) => x.item);
}
