// ConvertTo-Json: collects pipeline input (several objects become one array) and writes it as JSON text.

import type { CommandDefinition } from '../../src/runtime/command-types';
import { fmt } from '../../src/runtime/messages';
import { UtilityMsg } from './messages';
import { toJson } from './shared/json-writer';
import { typeNameOf } from '../../src/runtime/values';

interface Params {
  InputObject: unknown;
  Depth?: number;
  Compress?: boolean;
  EnumsAsStrings?: boolean;
  AsArray?: boolean;
  EscapeHandling?: unknown;
}

const collected = new WeakMap<object, unknown[]>();

const ConvertToJson: CommandDefinition<Params> = {
  name: 'ConvertTo-Json',
  module: 'Microsoft.PowerShell.Utility',
  implementingType: 'Microsoft.PowerShell.Commands.ConvertToJsonCommand',
  supportsCommonParameters: true,
  outputType: ['System.String'],
  parameters: [
    { name: 'InputObject', type: 'System.Object', position: 0, mandatory: true, valueFromPipeline: true, allowNull: true },
    { name: 'Depth', type: 'System.Int32', validation: [{ kind: 'Range', min: 0, max: 100 }] },
    { name: 'Compress', type: 'System.Management.Automation.SwitchParameter' },
    { name: 'EnumsAsStrings', type: 'System.Management.Automation.SwitchParameter' },
    { name: 'AsArray', type: 'System.Management.Automation.SwitchParameter' },
    { name: 'EscapeHandling', type: 'System.String', validation: [{ kind: 'Set', values: ['Default', 'EscapeNonAscii', 'EscapeHtml'] }] },
  ],
  process(ctx) {
    let list = collected.get(ctx);
    if (!list) collected.set(ctx, (list = []));
    list.push(ctx.params.InputObject);
  },
  end(ctx) {
    const items = collected.get(ctx) ?? [];
    if (items.length === 0) return;
    const depth = ctx.params.Depth ?? 2;
    let warned = false;
    const value = items.length === 1 && !ctx.params.AsArray ? items[0] : items;
    const text = toJson(value, {
      depth,
      compress: !!ctx.params.Compress,
      enumsAsStrings: !!ctx.params.EnumsAsStrings,
      onTruncated: () => {
        if (!warned) ctx.writeWarning(fmt(UtilityMsg.JsonTruncated, depth));
        warned = true;
      },
      onNonStringKey: (dictionary) =>
        ctx.throwTerminatingError(ctx.newError('NonStringKeyInDictionary', fmt(UtilityMsg.JsonNonStringKey, typeNameOf(dictionary)), 'InvalidOperation', dictionary, 'System.InvalidOperationException')),
    });
    ctx.writeObject(text);
  },
};

export default ConvertToJson;
