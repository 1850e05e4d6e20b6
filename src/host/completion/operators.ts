// Operator completion: a '-' word in an expression (not a command's argument) completes to pwsh's operators
// ($x -l → -le, -like, -lt), listed as ParameterName results the way pwsh lists them.

import { CompletionResult } from './results';
import { prefixPattern } from './matching';
import { OPERATORS } from './operator-list';

export function completeOperator(word: string): CompletionResult[] {
  const pattern = prefixPattern(word.replace(/^-/, ''));
  return OPERATORS.filter(([name]) => pattern.test(name)).map(([name, toolTip]) => new CompletionResult(`-${name}`, name, 'ParameterName', toolTip));
}
