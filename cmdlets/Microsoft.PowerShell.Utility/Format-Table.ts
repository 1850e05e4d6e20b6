// Format-Table (ft): formats objects as a table — the type's table view, or columns from -Property (names,
// wildcards, calculated properties with Width/Alignment) — and sends format records down the pipeline.

import type { CommandDefinition } from '../../src/runtime/command-types';
import { formatCommandHandlers, propertyRequest } from '../../src/format';
import { parseSelectors } from './shared/calculated-property';

const TYPE = 'Microsoft.PowerShell.Commands.FormatTableCommand';

interface Params {
  InputObject?: unknown;
  Property?: unknown[];
  AutoSize?: boolean;
  HideTableHeaders?: boolean;
  Wrap?: boolean;
  GroupBy?: unknown;
}

const SWITCH = 'System.Management.Automation.SwitchParameter';

const FormatTable: CommandDefinition<Params> = {
  name: 'Format-Table',
  module: 'Microsoft.PowerShell.Utility',
  implementingType: TYPE,
  supportsCommonParameters: true,
  parameters: [
    { name: 'AutoSize', type: SWITCH },
    { name: 'RepeatHeader', type: SWITCH },
    { name: 'HideTableHeaders', type: SWITCH },
    { name: 'Wrap', type: SWITCH },
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
    shape: 'table',
    properties: ctx.params.Property && parseSelectors(ctx, ctx.params.Property, ['FormatString', 'Width', 'Alignment']).map(propertyRequest),
    groupBy: ctx.params.GroupBy === undefined ? undefined : propertyRequest(parseSelectors(ctx, [ctx.params.GroupBy], ['FormatString'])[0]),
    autoSize: ctx.params.AutoSize,
    hideTableHeaders: ctx.params.HideTableHeaders,
    wrap: ctx.params.Wrap,
  })),
};

export default FormatTable;
