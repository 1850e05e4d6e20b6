// The argument completers pwsh 7.6.9 registers for particular cmdlet parameters (recorded): variable names for
// -Name of Get-/Set-/Remove-/Clear-Variable, command names for Get-Command -Name, and the versions
// Set-StrictMode -Version takes.

import type { SessionHandle } from '../../runtime/command-types';
import { CompletionResult } from './results';
import { completeCommandName } from './commands';
import { prefixPattern } from './matching';
import { compareOrdinalIgnoreCase, sortByName } from './ordering';
import { quoteCompletion, QuoteContext } from './quoting';

type ArgumentCompleter = (word: string, quote: QuoteContext, session: SessionHandle) => CompletionResult[];

function variableNames(word: string, quote: QuoteContext, session: SessionHandle): CompletionResult[] {
  const pattern = prefixPattern(word);
  const names = session.variables().visible().map((v) => v.name).filter((n) => pattern.test(n));
  return sortByName(names, (n) => n, compareOrdinalIgnoreCase).map((n) => new CompletionResult(quoteCompletion(n, quote), n, 'ParameterValue', n));
}

/** Set-StrictMode -Version, newest first. */
const STRICT_MODE_VERSIONS = ['Latest', '3.0', '2.0', '1.0'];

function strictModeVersions(word: string): CompletionResult[] {
  const pattern = prefixPattern(word);
  return STRICT_MODE_VERSIONS.filter((v) => pattern.test(v)).map((v) => new CompletionResult(v, v, 'Text', v));
}

const COMPLETERS: Record<string, ArgumentCompleter> = {
  'get-variable:name': variableNames,
  'set-variable:name': variableNames,
  'remove-variable:name': variableNames,
  'clear-variable:name': variableNames,
  'get-command:name': (word, _quote, session) => completeCommandName(word, session),
  'set-strictmode:version': (word) => strictModeVersions(word),
};

/** The completer registered for this command's parameter, if pwsh has one. */
export function argumentCompleter(commandName: string, parameterName: string): ArgumentCompleter | undefined {
  return COMPLETERS[`${commandName}:${parameterName}`.toLowerCase()];
}
