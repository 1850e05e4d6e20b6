// Parameter-value completion: after `-Name ` or `-Name:`, the values a parameter accepts when it says which —
// a ValidateSet, or an enum type (-ForegroundColor → Black ... Yellow, -ErrorAction → Break ... Suspend) —
// sorted by name, quoted when needed, each its own tooltip (pwsh 7.6.9). Other parameters fall back to paths.

import { findType } from '../../runtime/values';
import { CompletionResult } from './results';
import { prefixPattern } from './matching';
import { sortByName } from './ordering';
import { quoteCompletion, QuoteContext } from './quoting';
import type { CommandParameter } from './command-parameters';

/** The values the parameter names itself, or undefined when it accepts anything. */
function acceptedValues(p: CommandParameter): string[] | undefined {
  for (const rule of p.validation ?? []) if (rule.kind === 'Set') return rule.values;
  const enumValues = findType(p.type.replace(/\[\]$/, ''))?.enumValues;
  return enumValues ? Object.keys(enumValues) : undefined;
}

/** A switch given as `-Name:` takes $true or $false. */
const SWITCH_VALUES = ['$true', '$false'];

/** Values for the parameter, or undefined when it has no fixed set (the caller then completes paths). */
export function completeParameterValue(p: CommandParameter, word: string, quote: QuoteContext): CompletionResult[] | undefined {
  if (p.isSwitch) {
    const pattern = prefixPattern(word);
    return SWITCH_VALUES.filter((v) => pattern.test(v)).map((v) => new CompletionResult(v, v, 'ParameterValue', v));
  }
  const values = acceptedValues(p);
  if (!values) return undefined;
  const pattern = prefixPattern(word);
  return sortByName(values.filter((v) => pattern.test(v)), (v) => v).map((v) => new CompletionResult(quoteCompletion(v, quote), v, 'ParameterValue', v));
}
