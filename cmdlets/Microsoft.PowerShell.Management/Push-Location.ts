// Push-Location (pushd): saves the current location on a stack (the default one or -StackName), then moves to
// -Path when given.

import type { CommandDefinition } from '../../src/runtime/command-types';
import { providerState, perPath, pathParameters, PASSTHRU_PARAMETER } from '../../src/providers/cmdlet-support';

interface Params {
  Path?: string;
  LiteralPath?: string;
  PassThru?: boolean;
  StackName?: string;
}

const PushLocation: CommandDefinition<Params> = {
  name: 'Push-Location',
  module: 'Microsoft.PowerShell.Management',
  implementingType: 'Microsoft.PowerShell.Commands.PushLocationCommand',
  defaultParameterSet: 'Path',
  supportsCommonParameters: true,
  parameters: [
    ...pathParameters({ mandatory: false, single: true }).map((d) =>
      d.name === 'LiteralPath' ? { ...d, sets: [{ name: 'LiteralPath', valueFromPipelineByPropertyName: true }] } : d),
    PASSTHRU_PARAMETER,
    { name: 'StackName', type: 'System.String', valueFromPipelineByPropertyName: true },
  ],
  process(ctx) {
    const state = providerState(ctx);
    const p = ctx.params;
    perPath(ctx, () => {
      const before = state.currentLocation();
      const target = p.LiteralPath ?? p.Path;
      if (target !== undefined) state.setLocation(target, p.LiteralPath !== undefined);
      state.stack(p.StackName, true)!.push(before);
      if (p.PassThru) ctx.writeObject(state.currentLocation());
    });
  },
};

export default PushLocation;
