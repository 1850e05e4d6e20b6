// Test-Path: True or False for each path — whether it exists (and is a container or a leaf with -PathType), or
// with -IsValid whether its syntax is valid. A missing drive is simply False. FileSystem adds -OlderThan/-NewerThan.

import type { CommandDefinition } from '../../src/runtime/command-types';
import type { DynamicParameterSource } from '../../src/runtime/providers-api';
import {
  providerDynamicParameters, providerState, existingItems, callOptions, givenPaths, pathParameters, FILTER_PARAMETERS, SWITCH, CREDENTIAL_PARAMETER,
} from '../../src/providers/cmdlet-support';
import { ChildWalker } from '../../src/providers/core/child-items';
import { PSError } from '../../src/runtime/values/errors';
import { providerError } from '../../src/providers/core/provider-errors';
import { ProviderMsg, fmt } from '../../src/providers/core/messages';
import { registerType } from '../../src/runtime/values/type-registry';

registerType({
  fullName: 'Microsoft.PowerShell.Commands.TestPathType',
  baseTypes: ['System.Enum', 'System.ValueType'],
  enumValues: { Any: 0, Container: 1, Leaf: 2 },
});

interface Params {
  Path?: string[];
  LiteralPath?: string[];
  Filter?: string;
  Include?: string[];
  Exclude?: string[];
  PathType?: unknown;
  IsValid?: boolean;
}

const TestPath: CommandDefinition<Params> & DynamicParameterSource = {
  name: 'Test-Path',
  module: 'Microsoft.PowerShell.Management',
  implementingType: 'Microsoft.PowerShell.Commands.TestPathCommand',
  defaultParameterSet: 'Path',
  supportsCommonParameters: true,
  outputType: ['System.Boolean'],
  parameters: [
    ...pathParameters().map((p) => ({ ...p, allowEmptyString: true, allowNull: true })),
    ...FILTER_PARAMETERS,
    { name: 'PathType', type: 'Microsoft.PowerShell.Commands.TestPathType', aliases: ['Type'] },
    { name: 'IsValid', type: SWITCH },
    CREDENTIAL_PARAMETER,
  ],
  dynamicParameters: (bound, session) => providerDynamicParameters('Test-Path', bound, session as never),
  process(ctx) {
    const state = providerState(ctx);
    const given = ctx.params.LiteralPath ?? ctx.params.Path;
    if (given === null || given === undefined || (Array.isArray(given) && given.length === 0)) {
      // pwsh's ArgumentNullException, whose parameter name is the whole explanation.
      ctx.writeError(providerError('NullPathNotPermitted', fmt(ProviderMsg.ValueNull, ProviderMsg.NullPathParameter), 'InvalidArgument',
        'System.ArgumentNullException', null).record);
      return;
    }
    const { paths, literal } = givenPaths(ctx);
    const pathType = String(ctx.params.PathType ?? 'Any').toLowerCase();
    for (const path of paths) {
      if (path === '' || path === null) {
        ctx.writeObject(false);
        continue;
      }
      try {
        const provider = state.parseLocation(path).providerInfo.provider;
        if (ctx.params.IsValid) {
          ctx.writeObject(true);
          continue;
        }
        const opts = callOptions(ctx, 'Test-Path', provider);
        const walker = new ChildWalker((l) => state.providerPathOf(l), {
          recurse: false, depth: 0, filter: ctx.params.Filter, include: ctx.params.Include, exclude: ctx.params.Exclude, options: opts,
        });
        const found = existingItems(state, path, literal, opts).filter((item) => {
          const isContainer = provider.isContainer(item.providerPath);
          const name = item.location.rel[item.location.rel.length - 1] ?? '';
          if (!walker.selects({ name, isContainer, item: undefined })) return false;
          return pathType === 'any' || (pathType === 'container') === isContainer;
        });
        ctx.writeObject(found.length > 0);
      } catch (e) {
        if (!(e instanceof PSError)) throw e;
        ctx.writeObject(false);
      }
    }
  },
};

export default TestPath;
