// Ordering and equality of pipeline objects for Sort-Object, Group-Object and -Unique, as pwsh's
// ObjectCommandComparer does: $null first, otherwise the left value's type decides (compare operator rules); values
// that cannot be compared fall back to their text (a PSCustomObject's base text is empty). A -Culture name makes
// string comparisons follow that culture's rules.

import { PSError, PSObject, baseObject, isNull, toDisplayString } from '../../../src/runtime/values';
import { compare, equals } from '../../../src/runtime/operators/comparison';

function fallbackText(v: unknown): string {
  return v instanceof PSObject && v.isCustomObject ? '' : toDisplayString(v);
}

function cultureCompare(x: string, y: string, caseSensitive: boolean, culture: string): number {
  const options: Intl.CollatorOptions = { sensitivity: caseSensitive ? 'variant' : 'accent', caseFirst: 'lower' };
  let c: number;
  try {
    c = x.localeCompare(y, culture, options);
  } catch {
    c = x.localeCompare(y, 'en', options);
  }
  return Math.sign(c);
}

export function compareObjects(a: unknown, b: unknown, caseSensitive: boolean, culture?: string): number {
  if (isNull(a)) return isNull(b) ? 0 : -1;
  if (isNull(b)) return 1;
  if (culture) {
    const x = baseObject(a);
    const y = baseObject(b);
    if (typeof x === 'string' && typeof y === 'string') return cultureCompare(x, y, caseSensitive, culture);
  }
  try {
    return compare(a, b, !caseSensitive);
  } catch (e) {
    if (!(e instanceof PSError)) throw e;
    const x = fallbackText(a);
    const y = fallbackText(b);
    return caseSensitive ? (x < y ? -1 : x > y ? 1 : 0) : x.localeCompare(y, 'en', { sensitivity: 'base' });
  }
}

export function objectsEqual(a: unknown, b: unknown, caseSensitive: boolean): boolean {
  if (isNull(a) || isNull(b)) return isNull(a) && isNull(b);
  try {
    return equals(a, b, !caseSensitive);
  } catch (e) {
    if (!(e instanceof PSError)) throw e;
    return toDisplayString(a) === toDisplayString(b);
  }
}
