// Write-Output (echo, write): writes its arguments to the pipeline, enumerating collections unless -NoEnumerate.

import type { CommandDefinition } from '../../src/runtime/command-types';

interface Params {
  InputObject?: unknown;
  NoEnumerate?: { IsPresent: boolean };
}

const WriteOutput: CommandDefinition<Params> = {
  name: 'Write-Output',
  module: 'Microsoft.PowerShell.Utility',
  implementingType: 'Microsoft.PowerShell.Commands.WriteOutputCommand',
  supportsCommonParameters: true,
  parameters: [
    { name: 'InputObject', type: 'System.Management.Automation.PSObject[]', position: 0, mandatory: true, valueFromPipeline: true, valueFromRemainingArguments: true, allowNull: true, allowEmptyString: true },
    { name: 'NoEnumerate', type: 'switch' },
  ],
  process(ctx) {
    if (!ctx.boundParameterNames.has('InputObject')) return;
    const v = ctx.params.InputObject;
    const noEnumerate = ctx.params.NoEnumerate?.IsPresent ?? false;
    // Pipeline input arrives one object at a time; arguments arrive as one array.
    if (ctx.inputObject !== undefined) ctx.writeObject(v, false);
    else ctx.writeObject(v, !noEnumerate);
  },
};

export default WriteOutput;
