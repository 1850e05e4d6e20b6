// Invoke-Expression (iex): parses and runs text in the caller's scope, writing what it outputs.

import type { CommandDefinition } from '../../src/runtime/command-types';
import { ScriptTextParseError } from '../../src/runtime/values';

interface Params {
  Command: string;
}

const InvokeExpression: CommandDefinition<Params> = {
  name: 'Invoke-Expression',
  module: 'Microsoft.PowerShell.Utility',
  implementingType: 'Microsoft.PowerShell.Commands.InvokeExpressionCommand',
  supportsCommonParameters: true,
  parameters: [{ name: 'Command', type: 'System.String', position: 0, mandatory: true, valueFromPipeline: true }],
  process(ctx) {
    let output: unknown[];
    try {
      output = ctx.session.invokeScript(ctx.params.Command);
    } catch (e) {
      // pwsh reports text that does not parse as Invoke-Expression's own error, at its call site
      if (e instanceof ScriptTextParseError) ctx.throwTerminatingError(e.record);
      throw e;
    }
    for (const item of output) ctx.writeObject(item, false);
  },
};

export default InvokeExpression;
