// Clear-Item (cli): empties the selected items (a variable's value; environment variables and aliases go away).

import type { CommandDefinition } from '../../src/runtime/command-types';
import {
  forEachSelectedItem, pathParameters, FILTER_PARAMETERS, FORCE_PARAMETER, CREDENTIAL_PARAMETER,
} from '../../src/providers/cmdlet-support';
import { providerOperationNotSupported } from '../../src/providers/core/provider-errors';

interface Params {
  Path?: string[];
  LiteralPath?: string[];
  Force?: boolean;
}

const ClearItem: CommandDefinition<Params> = {
  name: 'Clear-Item',
  module: 'Microsoft.PowerShell.Management',
  implementingType: 'Microsoft.PowerShell.Commands.ClearItemCommand',
  defaultParameterSet: 'Path',
  supportsCommonParameters: true,
  supportsShouldProcess: true,
  parameters: [...pathParameters(), FORCE_PARAMETER, ...FILTER_PARAMETERS, CREDENTIAL_PARAMETER],
  process(ctx) {
    forEachSelectedItem(ctx, 'Clear-Item', (item, opts) => {
      if (!item.provider.clearItem) throw providerOperationNotSupported();
      item.provider.clearItem(item.providerPath, opts);
    });
  },
};

export default ClearItem;
