// Invoke-Expression (iex): parses and runs text in the caller's scope, writing what it outputs.

import type { CommandDefinition } from '../../src/runtime/command-types';

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
    for (const item of ctx.session.invokeScript(ctx.params.Command)) ctx.writeObject(item, false);
  },
};

export default InvokeExpression;
