// Get-Location (gl, pwd): the current location as a PathInfo, the current location on other drives or providers,
// or the Push-Location stacks (-Stack, -StackName).

import type { CommandDefinition } from '../../src/runtime/command-types';
import { providerState, perPath, SWITCH } from '../../src/providers/cmdlet-support';
import { driveNotFound, providerError } from '../../src/providers/core/provider-errors';
import { ProviderMsg, fmt } from '../../src/providers/core/messages';
import { PSError } from '../../src/runtime/values/errors';

interface Params {
  PSProvider?: string[];
  PSDrive?: string[];
  Stack?: boolean;
  StackName?: string[];
}

const GetLocation: CommandDefinition<Params> = {
  name: 'Get-Location',
  module: 'Microsoft.PowerShell.Management',
  implementingType: 'Microsoft.PowerShell.Commands.GetLocationCommand',
  defaultParameterSet: 'Location',
  supportsCommonParameters: true,
  outputType: ['System.Management.Automation.PathInfo', 'System.Management.Automation.PathInfoStack'],
  parameters: [
    { name: 'PSProvider', type: 'System.String[]', sets: [{ name: 'Location', valueFromPipelineByPropertyName: true }] },
    { name: 'PSDrive', type: 'System.String[]', sets: [{ name: 'Location', valueFromPipelineByPropertyName: true }] },
    { name: 'Stack', type: SWITCH, sets: [{ name: 'Stack' }] },
    { name: 'StackName', type: 'System.String[]', sets: [{ name: 'Stack', valueFromPipelineByPropertyName: true }] },
  ],
  process(ctx) {
    const state = providerState(ctx);
    const p = ctx.params;
    if (ctx.parameterSetName === 'Stack' || p.Stack || p.StackName) {
      for (const name of p.StackName ?? [undefined]) {
        perPath(ctx, () => {
          const stack = state.stack(name, name === undefined);
          if (!stack) {
            throw providerError('Argument', fmt(ProviderMsg.StackNotFound, name), 'InvalidArgument', 'System.Management.Automation.PSArgumentException', null);
          }
          ctx.writeObject(stack, false);
        });
      }
      return;
    }
    if (p.PSDrive) {
      for (const name of p.PSDrive) {
        perPath(ctx, () => {
          const drive = state.getDrive(name);
          if (!drive) throw new PSError(driveNotFound(name, 'GetLocationNoMatchingDrive'));
          ctx.writeObject(state.locationOnDrive(drive));
        });
      }
      return;
    }
    if (p.PSProvider) {
      for (const name of p.PSProvider) {
        perPath(ctx, () => {
          const info = state.findProvider(name);
          if (!info) {
            throw providerError('ProviderNotFound', fmt(ProviderMsg.ProviderNotFound, name), 'ObjectNotFound',
              'System.Management.Automation.ProviderNotFoundException', name);
          }
          const drive = state.currentDrive().providerInfo === info ? state.currentDrive() : info.drives[0];
          ctx.writeObject(state.locationOnDrive(drive));
        });
      }
      return;
    }
    ctx.writeObject(state.currentLocation());
  },
};

export default GetLocation;
