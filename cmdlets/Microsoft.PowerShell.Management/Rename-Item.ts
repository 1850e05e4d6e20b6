// Rename-Item (ren, rni): gives an item a new name in the same container; -NewName must be a name, not a path.

import type { CommandDefinition } from '../../src/runtime/command-types';
import {
  providerState, perPath, existingItems, callOptions, givenPaths, writeItem, FORCE_PARAMETER, CREDENTIAL_PARAMETER,
  PASSTHRU_PARAMETER, ExistingItem,
} from '../../src/providers/cmdlet-support';
import { providerError } from '../../src/providers/core/provider-errors';
import { ProviderMsg } from '../../src/providers/core/messages';

interface Params {
  Path?: string;
  LiteralPath?: string;
  NewName: string;
  Force?: boolean;
  PassThru?: boolean;
}

const RenameItem: CommandDefinition<Params> = {
  name: 'Rename-Item',
  module: 'Microsoft.PowerShell.Management',
  implementingType: 'Microsoft.PowerShell.Commands.RenameItemCommand',
  defaultParameterSet: 'ByPath',
  supportsCommonParameters: true,
  supportsShouldProcess: true,
  parameters: [
    { name: 'Path', type: 'System.String', sets: [{ name: 'ByPath', position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true }] },
    { name: 'LiteralPath', type: 'System.String', aliases: ['PSPath', 'LP'], sets: [{ name: 'ByLiteralPath', mandatory: true, valueFromPipelineByPropertyName: true }] },
    { name: 'NewName', type: 'System.String', position: 1, mandatory: true, valueFromPipelineByPropertyName: true },
    FORCE_PARAMETER,
    PASSTHRU_PARAMETER,
    CREDENTIAL_PARAMETER,
  ],
  process(ctx) {
    const state = providerState(ctx);
    const { paths, literal } = givenPaths(ctx);
    for (const path of paths) {
      perPath(ctx, () => {
        if (/[\\/]/.test(ctx.params.NewName)) {
          throw providerError('Argument', ProviderMsg.RenameToPath, 'InvalidArgument', 'System.Management.Automation.PSArgumentException', null, true);
        }
        const provider = state.parseLocation(path).providerInfo.provider;
        const opts = callOptions(ctx, 'Rename-Item', provider);
        for (const item of existingItems(state, path, literal, opts)) {
          const renamed = provider.renameItem?.(item.providerPath, ctx.params.NewName, opts);
          if (renamed === undefined || !ctx.params.PassThru) continue;
          const location = { ...item.location, rel: [...item.location.rel.slice(0, -1), ctx.params.NewName] };
          const out: ExistingItem = { location, providerPath: state.providerPathOf(location), psPath: state.psPathOf(location), provider };
          writeItem(ctx, state, out, renamed);
        }
      });
    }
  },
};

export default RenameItem;
