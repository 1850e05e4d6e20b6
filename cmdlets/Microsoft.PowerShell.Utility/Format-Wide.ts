// Format-Wide (fw): shows one property of each object (the first, or -Property) in -Column columns (2 by default),
// and sends format records down the pipeline.

import type { CommandDefinition } from '../../src/runtime/command-types';
import { formatCommandHandlers, propertyRequest } from '../../src/format';
import { parseSelectors } from './shared/calculated-property';

const TYPE = 'Microsoft.PowerShell.Commands.FormatWideCommand';

interface Params {
  InputObject?: unknown;
  Property?: unknown;
  Column?: number;
  AutoSize?: boolean;
  GroupBy?: unknown;
}

const SWITCH = 'System.Management.Automation.SwitchParameter';

const FormatWide: CommandDefinition<Params> = {
  name: 'Format-Wide',
  module: 'Microsoft.PowerShell.Utility',
  implementingType: TYPE,
  supportsCommonParameters: true,
  parameters: [
    { name: 'Property', type: 'System.Object', position: 0 },
    { name: 'AutoSize', type: SWITCH },
    { name: 'Column', type: 'System.Int32', validation: [{ kind: 'Range', min: 1, max: 2147483647 }] },
    { name: 'GroupBy', type: 'System.Object' },
    { name: 'View', type: 'System.String' },
    { name: 'ShowError', type: SWITCH },
    { name: 'DisplayError', type: SWITCH },
    { name: 'Force', type: SWITCH },
    { name: 'Expand', type: 'System.String', validation: [{ kind: 'Set', values: ['CoreOnly', 'EnumOnly', 'Both'], ignoreCase: true }] },
    { name: 'InputObject', type: 'System.Management.Automation.PSObject', valueFromPipeline: true },
  ],
  ...formatCommandHandlers<Params>((ctx) => ({
    shape: 'wide',
    properties: ctx.params.Property === undefined ? undefined : parseSelectors(ctx, [ctx.params.Property], ['FormatString']).map(propertyRequest),
    groupBy: ctx.params.GroupBy === undefined ? undefined : propertyRequest(parseSelectors(ctx, [ctx.params.GroupBy], ['FormatString'])[0]),
    columns: ctx.params.AutoSize ? 0 : ctx.params.Column,
  })),
};

export default FormatWide;
