// Parameter-name completion: the command's parameters in pwsh's order (./parameter-order), with the dynamic ones
// its provider adds for the path given (Get-ChildItem Cert:\ -Dns → -DnsName), leaving out what the typed
// arguments already bind and the parameter sets they rule out (./command-parameters). A parameter whose name
// does not match may match by alias (-ea, -PSPath). ToolTip '[type] Name', as pwsh 7.6.9 shows them.

import type { CommandDefinition, SessionHandle } from '../../runtime/command-types';
import { commandParameters, pseudoBind } from './command-parameters';
import { CompletionResult } from './results';
import { shortTypeName } from './type-names';
import { prefixPattern } from './matching';
import type { TypedArguments } from './command-line';

export function completeParameterName(
  word: string, def: CommandDefinition, typed: TypedArguments, session: SessionHandle, fromPipeline: boolean,
): CompletionResult[] {
  const pattern = prefixPattern(word.replace(/^-/, '').replace(/:$/, ''));
  const parameters = commandParameters(def, typed, session);
  const binding = pseudoBind(def, parameters, typed, fromPipeline);
  const out: CompletionResult[] = [];
  for (const p of parameters) {
    if (!binding.open(p)) continue;
    const shown = pattern.test(p.name) ? p.name : p.aliases.find((a) => pattern.test(a));
    if (shown !== undefined) out.push(new CompletionResult(`-${shown}`, shown, 'ParameterName', `[${shortTypeName(p.type)}] ${shown}`));
  }
  return out;
}
