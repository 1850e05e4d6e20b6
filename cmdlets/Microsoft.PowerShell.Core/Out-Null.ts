// Out-Null: swallows its input.

import type { CommandDefinition } from '../../src/runtime/command-types';

const OutNull: CommandDefinition<{ InputObject?: unknown }> = {
  name: 'Out-Null',
  module: 'Microsoft.PowerShell.Core',
  implementingType: 'Microsoft.PowerShell.Commands.OutNullCommand',
  supportsCommonParameters: true,
  parameters: [{ name: 'InputObject', type: 'System.Management.Automation.PSObject', valueFromPipeline: true }],
};

export default OutNull;
