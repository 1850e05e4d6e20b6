// Set-Item (si): gives the items at the given paths a value, creating them (Env:, Variable:, Alias:, Function:).

import type { CommandDefinition } from '../../src/runtime/command-types';
import {
  providerState, perPath, callOptions, givenPaths, pathParameters, writeItem,
  FILTER_PARAMETERS, FORCE_PARAMETER, CREDENTIAL_PARAMETER, PASSTHRU_PARAMETER, supportsFilter,
} from '../../src/providers/cmdlet-support';
import { providerOperationNotSupported, filterNotSupported } from '../../src/providers/core/provider-errors';
import { hasWildcard } from '../../src/providers/core/wildcard';

interface Params {
  Path?: string[];
  LiteralPath?: string[];
  Value?: unknown;
  Force?: boolean;
  PassThru?: boolean;
}

const SetItem: CommandDefinition<Params> = {
  name: 'Set-Item',
  module: 'Microsoft.PowerShell.Management',
  implementingType: 'Microsoft.PowerShell.Commands.SetItemCommand',
  defaultParameterSet: 'Path',
  supportsCommonParameters: true,
  supportsShouldProcess: true,
  parameters: [
    ...pathParameters({ byValue: false }),
    { name: 'Value', type: 'System.Object', position: 1, valueFromPipeline: true, valueFromPipelineByPropertyName: true },
    FORCE_PARAMETER,
    PASSTHRU_PARAMETER,
    ...FILTER_PARAMETERS,
    CREDENTIAL_PARAMETER,
  ],
  process(ctx) {
    const state = providerState(ctx);
    const { paths, literal } = givenPaths(ctx);
    for (const path of paths) {
      perPath(ctx, () => {
        const provider = state.parseLocation(path).providerInfo.provider;
        if (!provider.setItem) throw providerOperationNotSupported();
        if (!supportsFilter(ctx, provider)) throw filterNotSupported(true);
        const opts = callOptions(ctx, 'Set-Item', provider);
        // A path without wildcards names the item to create; a wildcard sets the items that exist.
        const targets = literal || !hasWildcard(path) ? [state.resolveLiteral(path)] : state.resolveWildcard(path, opts);
        for (const target of targets) {
          const item = provider.setItem(target.providerPath, ctx.params.Value ?? null, opts);
          if (ctx.params.PassThru && item !== undefined) writeItem(ctx, state, { ...target, provider }, item);
        }
      });
    }
  },
};

export default SetItem;
