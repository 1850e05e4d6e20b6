// Get-Item (gi): the items at the given paths (wildcards with -Path), each with its PS* properties.

import type { CommandDefinition } from '../../src/runtime/command-types';
import {
  providerState, perPath, existingItems, callOptions, givenPaths, pathParameters, writeItem,
  FILTER_PARAMETERS, FORCE_PARAMETER, CREDENTIAL_PARAMETER,
} from '../../src/providers/cmdlet-support';
import { ChildWalker } from '../../src/providers/core/child-items';

interface Params {
  Path?: string[];
  LiteralPath?: string[];
  Filter?: string;
  Include?: string[];
  Exclude?: string[];
  Force?: boolean;
}

const GetItem: CommandDefinition<Params> = {
  name: 'Get-Item',
  module: 'Microsoft.PowerShell.Management',
  implementingType: 'Microsoft.PowerShell.Commands.GetItemCommand',
  defaultParameterSet: 'Path',
  supportsCommonParameters: true,
  parameters: [...pathParameters(), ...FILTER_PARAMETERS, FORCE_PARAMETER, CREDENTIAL_PARAMETER],
  process(ctx) {
    const state = providerState(ctx);
    const { paths, literal } = givenPaths(ctx);
    for (const path of paths) {
      perPath(ctx, () => {
        const provider = state.parseLocation(path).providerInfo.provider;
        const opts = callOptions(ctx, 'Get-Item', provider);
        const walker = new ChildWalker((l) => state.providerPathOf(l), {
          recurse: false, depth: 0, filter: ctx.params.Filter, include: ctx.params.Include, exclude: ctx.params.Exclude, options: opts,
        });
        for (const item of existingItems(state, path, literal, opts)) {
          const name = item.location.rel[item.location.rel.length - 1] ?? '';
          if (!walker.selects({ name, isContainer: false, item: undefined })) continue;
          writeItem(ctx, state, item, provider.getItem(item.providerPath, opts));
        }
      });
    }
  },
};

export default GetItem;
