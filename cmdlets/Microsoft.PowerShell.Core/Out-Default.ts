// Out-Default: the formatter at the end of every host pipeline; formats its input and writes it to the host.

import type { CommandDefinition } from '../../src/runtime/command-types';
import { hostOutputHandlers } from '../../src/format';

interface Params {
  InputObject?: unknown;
  Transcript?: boolean;
}

const OutDefault: CommandDefinition<Params> = {
  name: 'Out-Default',
  module: 'Microsoft.PowerShell.Core',
  implementingType: 'Microsoft.PowerShell.Commands.OutDefaultCommand',
  supportsCommonParameters: true,
  parameters: [
    { name: 'Transcript', type: 'System.Management.Automation.SwitchParameter' },
    { name: 'InputObject', type: 'System.Management.Automation.PSObject', valueFromPipeline: true },
  ],
  ...hostOutputHandlers<Params>(),
};

export default OutDefault;
