// Ordering and equality of pipeline objects for Sort-Object, Group-Object and -Unique, as pwsh's
// ObjectCommandComparer does: $null first, otherwise the left value's type decides (compare operator rules); values
// that cannot be compared fall back to their text.

import { PSError, isNull, toDisplayString } from '../../../src/runtime/values';
import { compare, equals } from '../../../src/runtime/operators/comparison';

export function compareObjects(a: unknown, b: unknown, caseSensitive: boolean): number {
  if (isNull(a)) return isNull(b) ? 0 : -1;
  if (isNull(b)) return 1;
  try {
    return compare(a, b, !caseSensitive);
  } catch (e) {
    if (!(e instanceof PSError)) throw e;
    const x = toDisplayString(a);
    const y = toDisplayString(b);
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
