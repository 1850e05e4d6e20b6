// Get-ChildItem (gci, dir): the children of containers — leaves given directly come out as themselves — with
// -Filter/-Include/-Exclude, -Recurse/-Depth, -Name, -Force, and the provider's dynamic parameters
// (FileSystem: -Directory -File -Hidden -ReadOnly -System; Certificate: -DnsName -EKU ...).

import type { CommandDefinition } from '../../src/runtime/command-types';
import type { DynamicParameterSource } from '../../src/runtime/providers-api';
import {
  providerState, perPath, existingItems, callOptions, givenPaths, pathParameters, writeItem, providerDynamicParameters,
  FORCE_PARAMETER, SWITCH,
} from '../../src/providers/cmdlet-support';
import { ChildWalker } from '../../src/providers/core/child-items';
import { wrapItem } from '../../src/providers/core/item-output';
import { hasWildcard } from '../../src/providers/core/wildcard';
import { toDouble } from '../../src/runtime/convert';

interface Params {
  Path?: string[];
  LiteralPath?: string[];
  Filter?: string;
  Include?: string[];
  Exclude?: string[];
  Recurse?: boolean;
  Depth?: unknown;
  Force?: boolean;
  Name?: boolean;
}

const NAME = 'Get-ChildItem';

const GetChildItem: CommandDefinition<Params> & DynamicParameterSource = {
  name: NAME,
  module: 'Microsoft.PowerShell.Management',
  implementingType: 'Microsoft.PowerShell.Commands.GetChildItemCommand',
  defaultParameterSet: 'Items',
  supportsCommonParameters: true,
  parameters: [
    ...pathParameters({ pathSet: 'Items', literalSet: 'LiteralItems', mandatory: false }),
    { name: 'Filter', type: 'System.String', position: 1 },
    { name: 'Include', type: 'System.String[]' },
    { name: 'Exclude', type: 'System.String[]' },
    { name: 'Recurse', type: SWITCH, aliases: ['s', 'r'] },
    { name: 'Depth', type: 'System.UInt32' },
    FORCE_PARAMETER,
    { name: 'Name', type: SWITCH },
  ],
  dynamicParameters: (bound, session) => providerDynamicParameters(NAME, bound, session as never),
  process(ctx) {
    const state = providerState(ctx);
    const { paths, literal } = givenPaths(ctx);
    const p = ctx.params;
    const recurse = !!p.Recurse || p.Depth !== undefined;
    const depth = p.Depth === undefined ? Infinity : toDouble(p.Depth);
    // With -Include/-Exclude pwsh walks depth-first, each container's children right after it.
    const inline = p.Include !== undefined || p.Exclude !== undefined;
    for (const path of paths) {
      perPath(ctx, () => {
        const provider = state.parseLocation(path).providerInfo.provider;
        const options = callOptions(ctx, NAME, provider);
        const walker = new ChildWalker((l) => state.providerPathOf(l), {
          recurse, depth, filter: p.Filter, include: p.Include, exclude: p.Exclude, options,
        });
        // pwsh quirk kept: -Include without -Recurse on a plain container path matches the container itself only.
        const includeOnContainer = p.Include !== undefined && !recurse && (literal || !hasWildcard(path));
        for (const item of existingItems(state, path, literal, options, { fullLiteralName: true })) {
          if (!provider.isContainer(item.providerPath)) {
            const name = item.location.rel[item.location.rel.length - 1] ?? '';
            if (!walker.selects({ name, isContainer: false, item: undefined })) continue;
            if (p.Name) ctx.writeObject(name);
            else writeItem(ctx, state, item, provider.getItem(item.providerPath, options));
            continue;
          }
          if (includeOnContainer) continue;
          const found = p.Name ? walker.names(item.location) : inline ? walker.objectsDepthFirst(item.location) : walker.objects(item.location);
          for (const f of found) {
            if (p.Name) ctx.writeObject(f.relativeName);
            else ctx.writeObject(wrapItem(state, f.location, f.child.item, f.child.isContainer));
          }
        }
      });
    }
  },
};

export default GetChildItem;
