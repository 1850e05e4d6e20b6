// New-Item (ni): creates files, directories and links (FileSystem) or named items (Env:, Variable:, Alias:,
// Function:) at -Path, or at -Path joined with -Name.

import type { CommandDefinition } from '../../src/runtime/command-types';
import {
  providerState, perPath, callOptions, FORCE_PARAMETER, CREDENTIAL_PARAMETER, ExistingItem, writeItem,
} from '../../src/providers/cmdlet-support';
import { joinText } from '../../src/providers/core/path-text';
import { providerError } from '../../src/providers/core/provider-errors';
import { ProviderMsg } from '../../src/providers/core/messages';

interface Params {
  Path?: string[];
  Name?: string;
  ItemType?: string;
  Value?: unknown;
  Force?: boolean;
}

const NewItem: CommandDefinition<Params> = {
  name: 'New-Item',
  module: 'Microsoft.PowerShell.Management',
  implementingType: 'Microsoft.PowerShell.Commands.NewItemCommand',
  defaultParameterSet: 'pathSet',
  supportsCommonParameters: true,
  supportsShouldProcess: true,
  parameters: [
    {
      name: 'Path', type: 'System.String[]',
      sets: [
        { name: 'pathSet', position: 0, mandatory: true, valueFromPipelineByPropertyName: true },
        { name: 'nameSet', position: 0, valueFromPipelineByPropertyName: true },
      ],
    },
    { name: 'Name', type: 'System.String', sets: [{ name: 'nameSet', mandatory: true, valueFromPipelineByPropertyName: true }], allowNull: true, allowEmptyString: true },
    { name: 'ItemType', type: 'System.String', aliases: ['Type'], valueFromPipelineByPropertyName: true },
    { name: 'Value', type: 'System.Object', aliases: ['Target'], valueFromPipeline: true, valueFromPipelineByPropertyName: true },
    FORCE_PARAMETER,
    CREDENTIAL_PARAMETER,
  ],
  process(ctx) {
    const state = providerState(ctx);
    const p = ctx.params;
    for (const path of p.Path ?? ['.']) {
      perPath(ctx, () => {
        const target = state.resolveLiteral(p.Name !== undefined ? joinText(path, p.Name, '/') : path);
        const provider = target.providerInfo.provider;
        if (!provider.newItem) {
          throw providerError('NotSupported', ProviderMsg.NotSupported, 'NotImplemented', 'System.Management.Automation.PSNotSupportedException', null);
        }
        const opts = callOptions(ctx, 'New-Item', provider);
        const created = provider.newItem(target.providerPath, { itemType: p.ItemType ?? '', value: p.Value ?? null }, opts);
        if (created === undefined) return;
        const item: ExistingItem = { location: target.location, providerPath: target.providerPath, psPath: target.psPath, provider };
        writeItem(ctx, state, item, created);
      });
    }
  },
};

export default NewItem;
