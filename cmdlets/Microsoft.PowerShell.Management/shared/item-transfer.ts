// Copy-Item and Move-Item share their shape: each source item goes to -Destination (the current location when not
// given), within one provider; -PassThru writes what was created.

import type { CommandDefinition, ParameterDefinition } from '../../../src/runtime/command-types';
import {
  providerState, perPath, existingItems, callOptions, givenPaths, pathParameters, writeItem, FILTER_PARAMETERS,
  FORCE_PARAMETER, CREDENTIAL_PARAMETER, PASSTHRU_PARAMETER, Ctx, ExistingItem,
} from '../../../src/providers/cmdlet-support';
import { providerError } from '../../../src/providers/core/provider-errors';
import { ProviderMsg } from '../../../src/providers/core/messages';
import type { Provider, ProviderCallOptions } from '../../../src/runtime/providers-api';

interface Params {
  Path?: string[];
  LiteralPath?: string[];
  Destination?: string;
  PassThru?: boolean;
  Force?: boolean;
  Recurse?: boolean;
}

type Transfer = (provider: Provider, source: string, destination: string, ctx: Ctx, opts: ProviderCallOptions) => unknown;

export function itemTransfer(name: 'Copy-Item' | 'Move-Item', extra: ParameterDefinition[], transfer: Transfer): CommandDefinition<Params> {
  return {
    name,
    module: 'Microsoft.PowerShell.Management',
    implementingType: `Microsoft.PowerShell.Commands.${name.replace('-', '')}Command`,
    defaultParameterSet: 'Path',
    supportsCommonParameters: true,
    supportsShouldProcess: true,
    parameters: [
      ...pathParameters(),
      { name: 'Destination', type: 'System.String', position: 1, valueFromPipelineByPropertyName: true },
      ...extra,
      FORCE_PARAMETER,
      ...FILTER_PARAMETERS,
      PASSTHRU_PARAMETER,
      CREDENTIAL_PARAMETER,
    ],
    process(ctx) {
      const state = providerState(ctx);
      const { paths, literal } = givenPaths(ctx);
      const destination = state.resolveLiteral(ctx.params.Destination ?? '.');
      for (const path of paths) {
        perPath(ctx, () => {
          const provider = state.parseLocation(path).providerInfo.provider;
          const opts = callOptions(ctx, name, provider);
          for (const item of existingItems(state, path, literal, opts)) {
            if (destination.providerInfo.provider !== provider) {
              throw providerError('NotSupported', ProviderMsg.NotSupported, 'NotImplemented', 'System.Management.Automation.PSNotSupportedException', null);
            }
            const result = transfer(provider, item.providerPath, destination.providerPath, ctx, opts);
            if (ctx.params.PassThru && result !== undefined) {
              const target = state.resolveLiteral(String((result as { fullName?: string })?.fullName ?? destination.providerPath));
              const out: ExistingItem = { location: target.location, providerPath: target.providerPath, psPath: target.psPath, provider };
              writeItem(ctx, state, out, result);
            }
          }
        });
      }
    },
  };
}
