// Pop-Location (popd): returns to the location last pushed on the default stack or -StackName; an empty default
// stack does nothing.

import type { CommandDefinition } from '../../src/runtime/command-types';
import { providerState, perPath, PASSTHRU_PARAMETER } from '../../src/providers/cmdlet-support';

interface Params {
  PassThru?: boolean;
  StackName?: string;
}

const PopLocation: CommandDefinition<Params> = {
  name: 'Pop-Location',
  module: 'Microsoft.PowerShell.Management',
  implementingType: 'Microsoft.PowerShell.Commands.PopLocationCommand',
  supportsCommonParameters: true,
  parameters: [PASSTHRU_PARAMETER, { name: 'StackName', type: 'System.String', valueFromPipelineByPropertyName: true }],
  process(ctx) {
    const state = providerState(ctx);
    perPath(ctx, () => {
      const location = state.popLocation(ctx.params.StackName);
      if (location && ctx.params.PassThru) ctx.writeObject(location);
    });
  },
};

export default PopLocation;
