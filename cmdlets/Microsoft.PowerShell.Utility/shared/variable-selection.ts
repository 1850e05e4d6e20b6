// Name/-Include/-Exclude matching shared by the *-Variable cmdlets (wildcards, case-insensitive).

import type { VariableHandle } from '../../../src/runtime/command-types';
import { wildcardRegex } from '../../../src/runtime/operators/regex';

export function nameFilter(include?: string[], exclude?: string[]): (v: VariableHandle) => boolean {
  const inc = include?.map((p) => wildcardRegex(p, true));
  const exc = exclude?.map((p) => wildcardRegex(p, true));
  return (v) => (!inc || inc.some((r) => r.test(v.name))) && !(exc && exc.some((r) => r.test(v.name)));
}
