// Parameter-value completion: after `-Name ` or `-Name:`, the values a parameter accepts when it says which —
// a ValidateSet, or an enum type (-ForegroundColor → Black ... Yellow, -ErrorAction → Break ... Suspend) —
// sorted by name, quoted when needed, each its own tooltip (pwsh 7.6.9). Other parameters fall back to paths.

import type { CommandDefinition, ParameterDefinition, SessionHandle } from '../../runtime/command-types';
import { findType } from '../../runtime/values';
import { CompletionResult } from './results';
import { prefixPattern } from './matching';
import { sortByName } from './ordering';
import { quoteCompletion, QuoteContext } from './quoting';
import { orderedParameters } from './parameter-order';
import { dynamicParameters } from './parameters';
import type { TypedArguments } from './command-line';

interface NamedParameter {
  name: string;
  type: string;
  aliases: string[];
  validation?: ParameterDefinition['validation'];
}

/** The parameter a typed name means: exact name or alias, else the only one it is a prefix of. */
export function findParameter(def: CommandDefinition, typedName: string, typed: TypedArguments, session: SessionHandle): NamedParameter | undefined {
  const { own, shouldProcess, dynamic, common } = orderedParameters(def, dynamicParameters(def, typed, session));
  const all: NamedParameter[] = [
    ...[...own, ...shouldProcess, ...common].map((p) => ({ name: p.name, type: p.type, aliases: p.aliases, validation: p.def.validation })),
    ...dynamic.map((p) => ({ name: p.name, type: p.type, aliases: p.aliases ?? [], validation: p.validation })),
  ];
  const n = typedName.toLowerCase();
  const exact = all.find((p) => p.name.toLowerCase() === n || p.aliases.some((a) => a.toLowerCase() === n));
  if (exact) return exact;
  const prefixed = all.filter((p) => p.name.toLowerCase().startsWith(n));
  return prefixed.length === 1 ? prefixed[0] : undefined;
}

export function isSwitch(p: NamedParameter): boolean {
  return /^(switch|System\.Management\.Automation\.SwitchParameter)$/i.test(p.type);
}

/** The values the parameter names itself, or undefined when it accepts anything. */
function acceptedValues(p: NamedParameter): string[] | undefined {
  for (const rule of p.validation ?? []) if (rule.kind === 'Set') return rule.values;
  const enumValues = findType(p.type.replace(/\[\]$/, ''))?.enumValues;
  return enumValues ? Object.keys(enumValues) : undefined;
}

/** Values for the parameter, or undefined when it has no fixed set (the caller then completes paths). */
export function completeParameterValue(p: NamedParameter, word: string, quote: QuoteContext): CompletionResult[] | undefined {
  const values = acceptedValues(p);
  if (!values) return undefined;
  const pattern = prefixPattern(word);
  return sortByName(values.filter((v) => pattern.test(v)), (v) => v).map((v) => new CompletionResult(quoteCompletion(v, quote), v, 'ParameterValue', v));
}
