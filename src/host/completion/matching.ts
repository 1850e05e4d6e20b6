// How a typed word selects candidates: as a case-insensitive wildcard pattern with '*' appended (pwsh completes
// 'Get-*Item' and 'fx/*ta' as well as plain prefixes).

import { wildcardRegex } from '../../runtime/operators/regex';

/** `word*` unless the word already ends in a wildcard. */
export function prefixPattern(word: string): RegExp {
  return wildcardRegex(/[*]$/.test(word) ? word : word + '*', true);
}
