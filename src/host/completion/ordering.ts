// The orders pwsh 7.6.9 lists completions in (recorded with names that differ only by '_' against a letter):
// paths, members and parameter values by name in the current culture (en-US), ignoring case, so '_' comes before
// letters ('CLOUD_SDK' before 'CLOUDSDK'); command and variable names ordinally, ignoring case, so '_' comes after
// letters ('Zqy' before 'Zq_x', '$zqb' before '$zq_a').

const collator = new Intl.Collator('en-US', { sensitivity: 'accent' });

function compareNames(a: string, b: string): number {
  return collator.compare(a, b);
}

/** .NET's StringComparer.OrdinalIgnoreCase: code units of the upper-cased strings. */
export function compareOrdinalIgnoreCase(a: string, b: string): number {
  const x = a.toUpperCase();
  const y = b.toUpperCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Sorts by a key (culture order unless another comparison is given), keeping the input order for equal keys. */
export function sortByName<T>(items: T[], key: (item: T) => string, compare: (a: string, b: string) => number = compareNames): T[] {
  return items.map((item, index) => ({ item, index })).sort((x, y) => compare(key(x.item), key(y.item)) || x.index - y.index).map((x) => x.item);
}
