// Remove-Item (del, erase, rd, ri): deletes items; a container with children needs -Recurse (pwsh would ask, and
// without a prompt it stops with the NonInteractive error).

import type { CommandDefinition } from '../../src/runtime/command-types';
import {
  providerState, perPath, existingItems, callOptions, givenPaths, pathParameters, FILTER_PARAMETERS, FORCE_PARAMETER,
  CREDENTIAL_PARAMETER, SWITCH,
} from '../../src/providers/cmdlet-support';
import { ChildWalker } from '../../src/providers/core/child-items';
import { providerError } from '../../src/providers/core/provider-errors';
import { ProviderMsg } from '../../src/providers/core/messages';

interface Params {
  Path?: string[];
  LiteralPath?: string[];
  Filter?: string;
  Include?: string[];
  Exclude?: string[];
  Recurse?: boolean;
  Force?: boolean;
}

const RemoveItem: CommandDefinition<Params> = {
  name: 'Remove-Item',
  module: 'Microsoft.PowerShell.Management',
  implementingType: 'Microsoft.PowerShell.Commands.RemoveItemCommand',
  defaultParameterSet: 'Path',
  supportsCommonParameters: true,
  supportsShouldProcess: true,
  parameters: [...pathParameters(), ...FILTER_PARAMETERS, { name: 'Recurse', type: SWITCH }, FORCE_PARAMETER, CREDENTIAL_PARAMETER],
  process(ctx) {
    const state = providerState(ctx);
    const { paths, literal } = givenPaths(ctx);
    for (const path of paths) {
      perPath(ctx, () => {
        const provider = state.parseLocation(path).providerInfo.provider;
        const opts = callOptions(ctx, 'Remove-Item', provider);
        const walker = new ChildWalker((l) => state.providerPathOf(l), {
          recurse: false, depth: 0, filter: ctx.params.Filter, include: ctx.params.Include, exclude: ctx.params.Exclude, options: opts,
        });
        for (const item of existingItems(state, path, literal, opts)) {
          const name = item.location.rel[item.location.rel.length - 1] ?? '';
          if (!walker.selects({ name, isContainer: false, item: undefined })) continue;
          const isContainer = provider.isContainer(item.providerPath);
          if (isContainer && !ctx.params.Recurse && provider.getChildItems(item.providerPath, { ...opts, force: true }).length > 0) {
            throw providerError('InvalidOperation', ProviderMsg.NonInteractive, 'InvalidOperation',
              'System.Management.Automation.PSInvalidOperationException', null, true);
          }
          provider.removeItem!(item.providerPath, !!ctx.params.Recurse || isContainer, opts);
        }
      });
    }
  },
};

export default RemoveItem;
