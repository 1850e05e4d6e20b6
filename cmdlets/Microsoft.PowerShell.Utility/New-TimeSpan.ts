// New-TimeSpan: End minus Start (either defaults to now) in the Date set, or a TimeSpan built from days, hours,
// minutes, seconds and milliseconds in the Time set, as System.TimeSpan's constructor does.

import type { CommandDefinition } from '../../src/runtime/command-types';
import { DateTime, DotNetException, ErrorRecord, TimeSpan } from '../../src/runtime/values';
import { UtilityMsg } from './messages';

interface Params {
  Start?: DateTime;
  End?: DateTime;
  Days?: number;
  Hours?: number;
  Minutes?: number;
  Seconds?: number;
  Milliseconds?: number;
}

/** TimeSpan.MaxValue in whole milliseconds: the longest duration the constructor accepts. */
const MAX_MILLISECONDS = 922337203685477;

/** The constructor's exception escapes the cmdlet (the cmdlet processor names it by its full type name). */
function tooLong(): DotNetException {
  return new DotNetException('System.ArgumentOutOfRangeException', UtilityMsg.TimeSpanTooLong);
}

function fromParts(p: Params): TimeSpan {
  const ms = (((p.Days ?? 0) * 24 + (p.Hours ?? 0)) * 60 + (p.Minutes ?? 0)) * 60000 + (p.Seconds ?? 0) * 1000 + (p.Milliseconds ?? 0);
  if (Math.abs(ms) > MAX_MILLISECONDS) throw tooLong();
  return new TimeSpan(ms * 1e4);
}

/** End minus Start as DateTime.Subtract does: the clock readings' difference, whatever their Kind. */
function between(start: DateTime, end: DateTime): TimeSpan {
  return new TimeSpan((end.wallMs - start.wallMs) * 1e4 + (end.subTicks - start.subTicks));
}

const NewTimeSpan: CommandDefinition<Params> = {
  name: 'New-TimeSpan',
  module: 'Microsoft.PowerShell.Utility',
  implementingType: 'Microsoft.PowerShell.Commands.NewTimeSpanCommand',
  defaultParameterSet: 'Date',
  supportsCommonParameters: true,
  outputType: ['System.TimeSpan'],
  parameters: [
    { name: 'Start', type: 'System.DateTime', aliases: ['LastWriteTime'], sets: [{ name: 'Date', position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true }] },
    { name: 'End', type: 'System.DateTime', sets: [{ name: 'Date', position: 1, valueFromPipelineByPropertyName: true }] },
    { name: 'Days', type: 'System.Int32', sets: [{ name: 'Time' }] },
    { name: 'Hours', type: 'System.Int32', sets: [{ name: 'Time' }] },
    { name: 'Minutes', type: 'System.Int32', sets: [{ name: 'Time' }] },
    { name: 'Seconds', type: 'System.Int32', sets: [{ name: 'Time' }] },
    { name: 'Milliseconds', type: 'System.Int32', sets: [{ name: 'Time' }] },
  ],
  process(ctx) {
    const p = ctx.params;
    if (ctx.parameterSetName === 'Time') {
      ctx.writeObject(fromParts(p));
      return;
    }
    const now = DateTime.now();
    ctx.writeObject(between(p.Start ?? now, p.End ?? now));
  },
};

export default NewTimeSpan;
