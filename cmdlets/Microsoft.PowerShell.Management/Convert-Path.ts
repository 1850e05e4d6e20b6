// Convert-Path (cvpa): the provider paths of the items the given paths name ('/tmp/x', 'HOME' for Env:HOME).

import type { CommandDefinition } from '../../src/runtime/command-types';
import {
  providerState, perPath, existingItems, callOptions, givenPaths, pathParameters, FORCE_PARAMETER,
} from '../../src/providers/cmdlet-support';

interface Params {
  Path?: string[];
  LiteralPath?: string[];
  Force?: boolean;
}

const ConvertPath: CommandDefinition<Params> = {
  name: 'Convert-Path',
  module: 'Microsoft.PowerShell.Management',
  implementingType: 'Microsoft.PowerShell.Commands.ConvertPathCommand',
  defaultParameterSet: 'Path',
  supportsCommonParameters: true,
  outputType: ['System.String'],
  parameters: [...pathParameters(), FORCE_PARAMETER],
  process(ctx) {
    const state = providerState(ctx);
    const { paths, literal } = givenPaths(ctx);
    for (const path of paths) {
      perPath(ctx, () => {
        const provider = state.parseLocation(path).providerInfo.provider;
        for (const item of existingItems(state, path, literal, callOptions(ctx, 'Convert-Path', provider))) {
          ctx.writeObject(state.displayProviderPath(item.location));
        }
      });
    }
  },
};

export default ConvertPath;
