// Clear-Content (clc): empties the content of the selected items, keeping the items.

import type { CommandDefinition } from '../../src/runtime/command-types';
import {
  forEachSelectedItem, pathParameters, FILTER_PARAMETERS, FORCE_PARAMETER, CREDENTIAL_PARAMETER,
} from '../../src/providers/cmdlet-support';
import { contentOperationNotSupported } from '../../src/providers/core/provider-errors';

interface Params {
  Path?: string[];
  LiteralPath?: string[];
  Force?: boolean;
}

const ClearContent: CommandDefinition<Params> = {
  name: 'Clear-Content',
  module: 'Microsoft.PowerShell.Management',
  implementingType: 'Microsoft.PowerShell.Commands.ClearContentCommand',
  defaultParameterSet: 'Path',
  supportsCommonParameters: true,
  supportsShouldProcess: true,
  parameters: [...pathParameters({ byValue: false }), ...FILTER_PARAMETERS, FORCE_PARAMETER, CREDENTIAL_PARAMETER],
  process(ctx) {
    forEachSelectedItem(ctx, 'Clear-Content', (item, opts) => {
      if (!item.provider.clearContent) throw contentOperationNotSupported('ClearContent');
      item.provider.clearContent(item.providerPath, opts);
    });
  },
};

export default ClearContent;
