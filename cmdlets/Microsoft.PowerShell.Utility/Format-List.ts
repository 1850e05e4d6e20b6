// Format-List (fl): formats objects as lists — the type's list view, or -Property items (names, wildcards such
// as *, calculated properties) for each object — and sends format records down the pipeline.

import type { CommandDefinition } from '../../src/runtime/command-types';
import { formatCommandHandlers, propertyRequest } from '../../src/format';
import { parseSelectors } from './shared/calculated-property';

const TYPE = 'Microsoft.PowerShell.Commands.FormatListCommand';

interface Params {
  InputObject?: unknown;
  Property?: unknown[];
  GroupBy?: unknown;
}

const SWITCH = 'System.Management.Automation.SwitchParameter';

const FormatList: CommandDefinition<Params> = {
  name: 'Format-List',
  module: 'Microsoft.PowerShell.Utility',
  implementingType: TYPE,
  supportsCommonParameters: true,
  parameters: [
    { name: 'Property', type: 'System.Object[]', position: 0 },
    { name: 'GroupBy', type: 'System.Object' },
    { name: 'View', type: 'System.String' },
    { name: 'ShowError', type: SWITCH },
    { name: 'DisplayError', type: SWITCH },
    { name: 'Force', type: SWITCH },
    { name: 'Expand', type: 'System.String', validation: [{ kind: 'Set', values: ['CoreOnly', 'EnumOnly', 'Both'], ignoreCase: true }] },
    { name: 'InputObject', type: 'System.Management.Automation.PSObject', valueFromPipeline: true },
  ],
  ...formatCommandHandlers<Params>((ctx) => ({
    shape: 'list',
    properties: ctx.params.Property && parseSelectors(ctx, ctx.params.Property, ['FormatString']).map(propertyRequest),
    groupBy: ctx.params.GroupBy === undefined ? undefined : propertyRequest(parseSelectors(ctx, [ctx.params.GroupBy], ['FormatString'])[0]),
  })),
};

export default FormatList;
