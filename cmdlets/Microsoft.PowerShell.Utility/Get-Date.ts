// Get-Date: the current or a given date with parts replaced, as a DateTime carrying its DisplayHint (what the
// DateTime view shows), or as text with -Format (.NET patterns) / -UFormat (strftime-style).

import type { CommandDefinition } from '../../src/runtime/command-types';
import { DateTime, EnumValue, PSObject, registerType, typeNamesOf } from '../../src/runtime/values';
import { formatDate } from '../../src/runtime/operators/format';
import { formatUFormat } from './shared/uformat';

const DISPLAY_HINT_TYPE = 'Microsoft.PowerShell.Commands.DisplayHintType';
const DISPLAY_HINTS: Record<string, number> = { Date: 0, Time: 1, DateTime: 2 };
registerType({ fullName: DISPLAY_HINT_TYPE, enumValues: DISPLAY_HINTS, isScalar: true });

interface Params {
  Date?: DateTime;
  UnixTimeSeconds?: bigint | number;
  Year?: number;
  Month?: number;
  Day?: number;
  Hour?: number;
  Minute?: number;
  Second?: number;
  Millisecond?: number;
  DisplayHint?: unknown;
  UFormat?: string;
  Format?: string;
  AsUTC?: boolean;
}

function withParts(base: DateTime, p: Params): DateTime {
  const hasParts = [p.Year, p.Month, p.Day, p.Hour, p.Minute, p.Second, p.Millisecond].some((x) => x !== undefined);
  if (!hasParts) return base;
  const year = p.Year ?? base.Year;
  const month = p.Month ?? base.Month;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(p.Day ?? base.Day, lastDay);
  const replaced = DateTime.fromParts(year, month, day, p.Hour ?? base.Hour, p.Minute ?? base.Minute, p.Second ?? base.Second, p.Millisecond ?? base.Millisecond, base.kind);
  return new DateTime(replaced.wallMs, base.kind, p.Millisecond !== undefined ? 0 : base.subTicks);
}

function hintName(hint: unknown): string {
  if (hint instanceof EnumValue) return hint.name;
  const text = String(hint ?? 'DateTime');
  return Object.keys(DISPLAY_HINTS).find((k) => k.toLowerCase() === text.toLowerCase()) ?? 'DateTime';
}

const GetDate: CommandDefinition<Params> = {
  name: 'Get-Date',
  module: 'Microsoft.PowerShell.Utility',
  implementingType: 'Microsoft.PowerShell.Commands.GetDateCommand',
  defaultParameterSet: 'DateAndFormat',
  supportsCommonParameters: true,
  parameters: [
    { name: 'Date', type: 'System.DateTime', aliases: ['LastWriteTime'], sets: [{ name: 'DateAndFormat', position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true }, { name: 'DateAndUFormat', position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true }] },
    { name: 'UnixTimeSeconds', type: 'System.Int64', aliases: ['UnixTime'], sets: [{ name: 'UnixTimeSecondsAndFormat', mandatory: true }, { name: 'UnixTimeSecondsAndUFormat', mandatory: true }], validation: [{ kind: 'Range', min: -62135596800, max: 253402300799 }] },
    { name: 'Year', type: 'System.Int32', validation: [{ kind: 'Range', min: 1, max: 9999 }] },
    { name: 'Month', type: 'System.Int32', validation: [{ kind: 'Range', min: 1, max: 12 }] },
    { name: 'Day', type: 'System.Int32', validation: [{ kind: 'Range', min: 1, max: 31 }] },
    { name: 'Hour', type: 'System.Int32', validation: [{ kind: 'Range', min: 0, max: 23 }] },
    { name: 'Minute', type: 'System.Int32', validation: [{ kind: 'Range', min: 0, max: 59 }] },
    { name: 'Second', type: 'System.Int32', validation: [{ kind: 'Range', min: 0, max: 59 }] },
    { name: 'Millisecond', type: 'System.Int32', validation: [{ kind: 'Range', min: 0, max: 999 }] },
    { name: 'DisplayHint', type: DISPLAY_HINT_TYPE },
    { name: 'UFormat', type: 'System.String', sets: [{ name: 'DateAndUFormat', mandatory: true }, { name: 'UnixTimeSecondsAndUFormat', mandatory: true }] },
    { name: 'Format', type: 'System.String', sets: [{ name: 'DateAndFormat' }, { name: 'UnixTimeSecondsAndFormat' }] },
    { name: 'AsUTC', type: 'System.Management.Automation.SwitchParameter' },
  ],
  process(ctx) {
    const p = ctx.params;
    let date: DateTime;
    if (p.UnixTimeSeconds !== undefined) date = new DateTime(Number(p.UnixTimeSeconds) * 1000, 'Utc').toLocal();
    else date = p.Date ?? DateTime.now();
    date = withParts(date, p);
    if (p.AsUTC) date = date.toUniversal();
    if (p.UFormat !== undefined) {
      ctx.writeObject(formatUFormat(date, p.UFormat));
      return;
    }
    if (p.Format !== undefined) {
      ctx.writeObject(formatDate(date, p.Format));
      return;
    }
    const result = new PSObject(date, typeNamesOf(date));
    result.setNote('DisplayHint', new EnumValue(DISPLAY_HINT_TYPE, hintName(p.DisplayHint), DISPLAY_HINTS[hintName(p.DisplayHint)]));
    ctx.writeObject(result, false);
  },
};

export default GetDate;
