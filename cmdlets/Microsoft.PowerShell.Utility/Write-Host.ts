// Write-Host: writes objects' text to the host through the information stream (tagged PSHOST), space-separated
// or with -Separator, collections enumerated, with or without the trailing newline.

import type { CommandDefinition } from '../../src/runtime/command-types';
import { HostInformationMessage, Hashtable, enumerateValue, toDisplayString } from '../../src/runtime/values';
import { toStr } from '../../src/runtime/convert';

interface Params {
  Object?: unknown;
  NoNewline?: { IsPresent: boolean };
  Separator?: unknown;
  ForegroundColor?: unknown;
  BackgroundColor?: unknown;
}

/** One object as Write-Host prints it: a collection's items joined by the separator. */
function objectText(v: unknown, sep: string): string {
  if (typeof v === 'string') return v;
  const items = v instanceof Hashtable ? v.dictionaryEntries() : enumerateValue(v);
  if (items) return [...items].map((x) => objectText(x, sep)).join(sep);
  return toDisplayString(v);
}

const WriteHost: CommandDefinition<Params> = {
  name: 'Write-Host',
  module: 'Microsoft.PowerShell.Utility',
  implementingType: 'Microsoft.PowerShell.Commands.WriteHostCommand',
  supportsCommonParameters: true,
  parameters: [
    { name: 'Object', type: 'System.Object', aliases: ['Msg', 'Message'], position: 0, valueFromPipeline: true, valueFromRemainingArguments: true },
    { name: 'NoNewline', type: 'switch' },
    { name: 'Separator', type: 'System.Object' },
    { name: 'ForegroundColor', type: 'System.ConsoleColor' },
    { name: 'BackgroundColor', type: 'System.ConsoleColor' },
  ],
  process(ctx) {
    const sep = ctx.params.Separator === undefined ? ' ' : toStr(ctx.params.Separator);
    const obj = ctx.params.Object;
    const text = obj === undefined || obj === null ? '' : objectText(obj, sep);
    const fg = ctx.params.ForegroundColor === undefined ? undefined : toStr(ctx.params.ForegroundColor);
    const bg = ctx.params.BackgroundColor === undefined ? undefined : toStr(ctx.params.BackgroundColor);
    ctx.writeInformation(new HostInformationMessage(text, ctx.params.NoNewline?.IsPresent ?? false, fg, bg), ['PSHOST']);
  },
};

export default WriteHost;
