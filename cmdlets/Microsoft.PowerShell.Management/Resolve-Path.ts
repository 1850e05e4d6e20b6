// Resolve-Path (rvpa): expands wildcards and relative parts into PathInfo objects, or relative path strings with
// -Relative (against the current location or -RelativeBasePath).

import * as nodePath from 'path';
import type { CommandDefinition } from '../../src/runtime/command-types';
import {
  providerState, perPath, existingItems, callOptions, givenPaths, pathParameters, SWITCH, FORCE_PARAMETER, CREDENTIAL_PARAMETER,
} from '../../src/providers/cmdlet-support';
import { PSError } from '../../src/runtime/values/errors';
import { pathNotFound } from '../../src/providers/core/provider-errors';

interface Params {
  Path?: string[];
  LiteralPath?: string[];
  Relative?: boolean;
  RelativeBasePath?: string;
  Force?: boolean;
}

/** The relative form pwsh prints: './x' below the base, '../x' beside it. */
function relativeTo(base: string, target: string, sep: string): string {
  const rel = nodePath.posix.relative(base, target);
  if (rel === '') return '.' + sep;
  return (rel.startsWith('..') ? rel : './' + rel).split('/').join(sep);
}

const ResolvePath: CommandDefinition<Params> = {
  name: 'Resolve-Path',
  module: 'Microsoft.PowerShell.Management',
  implementingType: 'Microsoft.PowerShell.Commands.ResolvePathCommand',
  defaultParameterSet: 'Path',
  supportsCommonParameters: true,
  outputType: ['System.Management.Automation.PathInfo', 'System.String'],
  parameters: [
    ...pathParameters(),
    { name: 'Relative', type: SWITCH },
    { name: 'RelativeBasePath', type: 'System.String' },
    FORCE_PARAMETER,
    CREDENTIAL_PARAMETER,
  ],
  process(ctx) {
    const state = providerState(ctx);
    const { paths, literal } = givenPaths(ctx);
    for (const path of paths) {
      perPath(ctx, () => {
        const provider = state.parseLocation(path).providerInfo.provider;
        const items = existingItems(state, path, literal, callOptions(ctx, 'Resolve-Path', provider));
        if (items.length === 0) throw new PSError(pathNotFound(state.resolveLiteral(path).psPath));
        for (const item of items) {
          if (!ctx.params.Relative) {
            ctx.writeObject(state.pathInfoOf(item.location));
            continue;
          }
          const base = ctx.params.RelativeBasePath !== undefined
            ? state.resolveLiteral(ctx.params.RelativeBasePath).providerPath
            : state.currentLocation().providerPath;
          ctx.writeObject(relativeTo(base, item.providerPath, provider.separator));
        }
      });
    }
  },
};

export default ResolvePath;
