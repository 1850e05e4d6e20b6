// ConvertFrom-Json: joins the input lines into one JSON text (pwsh accepts a document split over several strings)
// and writes the parsed value; a top-level array is enumerated unless -NoEnumerate.

import type { CommandDefinition } from '../../src/runtime/command-types';
import { fmt } from '../../src/runtime/messages';
import { UtilityMsg } from './messages';
import { JsonDuplicateKeyError, JsonSyntaxError, parseJson } from './shared/json-reader';

interface Params {
  InputObject: string;
  AsHashtable?: boolean;
  Depth?: number;
  NoEnumerate?: boolean;
  DateKind?: string;
}

const lines = new WeakMap<object, string[]>();

const ConvertFromJson: CommandDefinition<Params> = {
  name: 'ConvertFrom-Json',
  module: 'Microsoft.PowerShell.Utility',
  implementingType: 'Microsoft.PowerShell.Commands.ConvertFromJsonCommand',
  supportsCommonParameters: true,
  parameters: [
    { name: 'InputObject', type: 'System.String', position: 0, mandatory: true, valueFromPipeline: true, allowEmptyString: true },
    { name: 'AsHashtable', type: 'System.Management.Automation.SwitchParameter' },
    { name: 'Depth', type: 'System.Int32' },
    { name: 'NoEnumerate', type: 'System.Management.Automation.SwitchParameter' },
    { name: 'DateKind', type: 'System.String', validation: [{ kind: 'Set', values: ['Default', 'Local', 'Utc', 'Offset', 'String'] }] },
  ],
  process(ctx) {
    let list = lines.get(ctx);
    if (!list) lines.set(ctx, (list = []));
    list.push(ctx.params.InputObject);
  },
  end(ctx) {
    const text = (lines.get(ctx) ?? []).join('\n');
    if (text.trim() === '') return;
    let value: unknown;
    try {
      value = parseJson(text, !!ctx.params.AsHashtable);
    } catch (e) {
      if (e instanceof JsonSyntaxError) {
        ctx.throwTerminatingError(ctx.newError('System.ArgumentException', fmt(UtilityMsg.JsonConversionFailed, e.message), 'ParserError', text, 'System.ArgumentException'));
      }
      if (e instanceof JsonDuplicateKeyError) {
        ctx.throwTerminatingError(ctx.newError('DuplicateKeysInJsonString', e.message, 'InvalidOperation', text, 'System.InvalidOperationException'));
      }
      throw e;
    }
    ctx.writeObject(value, !ctx.params.NoEnumerate);
  },
};

export default ConvertFromJson;
