// Set-Location (cd, chdir, sl): changes the current location (to the provider's home with no path; `-` and `+`
// walk the location history), or makes a named stack the default for Push-/Pop-Location (-StackName).

import type { CommandDefinition } from '../../src/runtime/command-types';
import { providerState, perPath, pathParameters, PASSTHRU_PARAMETER } from '../../src/providers/cmdlet-support';

interface Params {
  Path?: string;
  LiteralPath?: string;
  PassThru?: boolean;
  StackName?: string;
}

const SetLocation: CommandDefinition<Params> = {
  name: 'Set-Location',
  module: 'Microsoft.PowerShell.Management',
  implementingType: 'Microsoft.PowerShell.Commands.SetLocationCommand',
  defaultParameterSet: 'Path',
  supportsCommonParameters: true,
  outputType: ['System.Management.Automation.PathInfo', 'System.Management.Automation.PathInfoStack'],
  parameters: [
    ...pathParameters({ mandatory: false, single: true }),
    PASSTHRU_PARAMETER,
    { name: 'StackName', type: 'System.String', sets: [{ name: 'Stack', valueFromPipelineByPropertyName: true }], allowNull: true, allowEmptyString: true },
  ],
  process(ctx) {
    const state = providerState(ctx);
    const p = ctx.params;
    perPath(ctx, () => {
      if (ctx.parameterSetName === 'Stack') {
        const stack = state.setDefaultStack(p.StackName);
        if (p.PassThru) ctx.writeObject(stack, false);
        return;
      }
      const target = p.LiteralPath ?? p.Path ?? '~';
      const location = state.setLocationWithHistory(target, p.LiteralPath !== undefined);
      if (p.PassThru) ctx.writeObject(location);
    });
  },
};

export default SetLocation;
