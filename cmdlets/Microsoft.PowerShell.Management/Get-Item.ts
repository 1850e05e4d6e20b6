// Get-Item (gi): the items at the given paths (wildcards with -Path), each with its PS* properties.

import type { CommandDefinition } from '../../src/runtime/command-types';
import {
  providerState, forEachSelectedItem, pathParameters, writeItem, FILTER_PARAMETERS, FORCE_PARAMETER, CREDENTIAL_PARAMETER,
} from '../../src/providers/cmdlet-support';

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
    forEachSelectedItem(ctx, 'Get-Item', (item, opts) => writeItem(ctx, state, item, item.provider.getItem(item.providerPath, opts)));
  },
};

export default GetItem;
