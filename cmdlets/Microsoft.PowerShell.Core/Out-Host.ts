// Out-Host: formats its input and writes it to the host, like Out-Default (-Paging is accepted; there is no pager).

import type { CommandDefinition } from '../../src/runtime/command-types';
import { hostOutputHandlers } from '../../src/format';

interface Params {
  InputObject?: unknown;
  Paging?: boolean;
}

const OutHost: CommandDefinition<Params> = {
  name: 'Out-Host',
  module: 'Microsoft.PowerShell.Core',
  implementingType: 'Microsoft.PowerShell.Commands.OutHostCommand',
  supportsCommonParameters: true,
  parameters: [
    { name: 'Paging', type: 'System.Management.Automation.SwitchParameter' },
    { name: 'InputObject', type: 'System.Management.Automation.PSObject', valueFromPipeline: true },
  ],
  ...hostOutputHandlers<Params>(),
};

export default OutHost;
