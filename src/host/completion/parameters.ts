// Parameter-name completion: the command's parameters in pwsh's order (./parameter-order), with the dynamic ones
// its provider adds for the path given (Get-ChildItem Cert:\ -Dns → -DnsName), those already named left out.
// ToolTip '[type] Name', as pwsh 7.6.9 shows them.

import type { CommandDefinition, ParameterDefinition, SessionHandle } from '../../runtime/command-types';
import type { DynamicParameterSource } from '../../runtime/providers-api';
import { orderedParameters } from './parameter-order';
import { CompletionResult } from './results';
import { shortTypeName } from './type-names';
import { prefixPattern } from './matching';
import type { TypedArguments } from './command-line';

interface Candidate {
  name: string;
  type: string;
}

/** The dynamic parameters the command would have for the path typed so far (the current location's without one). */
export function dynamicParameters(def: CommandDefinition, typed: Pick<TypedArguments, 'values' | 'positional'>, session: SessionHandle): ParameterDefinition[] {
  const source = def as CommandDefinition & DynamicParameterSource;
  if (!source.dynamicParameters) return [];
  const literal = typed.values.get('literalpath') ?? typed.values.get('lp') ?? typed.values.get('pspath');
  const pathValue = literal ?? typed.values.get('path') ?? typed.positional[0];
  const bound: Record<string, unknown> = {};
  if (pathValue !== undefined) bound[literal !== undefined ? 'LiteralPath' : 'Path'] = [pathValue];
  try {
    return source.dynamicParameters(bound, session);
  } catch {
    return [];
  }
}

function candidates(def: CommandDefinition, typed: TypedArguments, session: SessionHandle): Candidate[] {
  const { own, shouldProcess, dynamic, common } = orderedParameters(def, dynamicParameters(def, typed, session));
  return [...own, ...shouldProcess, ...dynamic, ...common].map((p) => ({ name: p.name, type: p.type }));
}

export function completeParameterName(word: string, def: CommandDefinition, typed: TypedArguments, session: SessionHandle): CompletionResult[] {
  const pattern = prefixPattern(word.replace(/^-/, '').replace(/:$/, ''));
  const named = new Set(typed.named);
  return candidates(def, typed, session)
    .filter((c) => pattern.test(c.name) && !named.has(c.name.toLowerCase()))
    .map((c) => new CompletionResult(`-${c.name}`, c.name, 'ParameterName', `[${shortTypeName(c.type)}] ${c.name}`));
}
