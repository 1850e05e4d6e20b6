// The language API's entry type names, registered lazily: its code loads when a script first names one of them.

import { registerLazyType, findType, type TypeAdapter } from '../values';

const NS = 'System.Management.Automation.Language.';
const MODULES = {
  parser: () => require('./parser-api'),
  ast: () => require('./ast-objects'),
  tokens: () => require('./tokens'),
  errors: () => require('./parse-errors'),
};

function lazy(module: keyof typeof MODULES, fullName: string): void {
  registerLazyType({
    fullName,
    load: (): TypeAdapter => {
      MODULES[module]();
      return findType(fullName)!;
    },
  });
}

lazy('parser', NS + 'Parser');
lazy('parser', 'System.Management.Automation.PSParser');
for (const name of ['Ast', 'ScriptBlockAst', 'StatementAst', 'ExpressionAst', 'CommandAst', 'FunctionDefinitionAst']) lazy('ast', NS + name);
for (const name of ['Token', 'VariableToken', 'StringToken']) lazy('tokens', NS + name);
lazy('errors', NS + 'ParseError');
