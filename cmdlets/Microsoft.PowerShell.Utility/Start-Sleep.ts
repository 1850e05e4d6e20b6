// Start-Sleep: blocks the engine's thread for the given time (the engine is synchronous, like pwsh).

import type { CommandDefinition } from '../../src/runtime/command-types';
import { TimeSpan, toJsNumber } from '../../src/runtime/values';
import { sleepUnlessStopped } from '../../src/runtime/interrupt';

interface Params {
  /** A Double: a whole number of seconds arrives boxed (DoubleBox), so it is read with toJsNumber. */
  Seconds?: unknown;
  Milliseconds?: number;
  Duration?: TimeSpan;
}

function sleepMs(ms: number): void {
  if (ms > 0) sleepUnlessStopped(ms);
}

const StartSleep: CommandDefinition<Params> = {
  name: 'Start-Sleep',
  module: 'Microsoft.PowerShell.Utility',
  implementingType: 'Microsoft.PowerShell.Commands.StartSleepCommand',
  defaultParameterSet: 'Seconds',
  supportsCommonParameters: true,
  parameters: [
    { name: 'Seconds', type: 'System.Double', sets: [{ name: 'Seconds', position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true }], validation: [{ kind: 'Range', min: 0, max: 2147483 }] },
    { name: 'Milliseconds', type: 'System.Int32', aliases: ['ms'], sets: [{ name: 'Milliseconds', mandatory: true, valueFromPipelineByPropertyName: true }], validation: [{ kind: 'Range', min: 0, max: 2147483647 }] },
    { name: 'Duration', type: 'System.TimeSpan', aliases: ['ts'], sets: [{ name: 'FromTimeSpan', position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true }] },
  ],
  process(ctx) {
    const { Seconds, Milliseconds, Duration } = ctx.params;
    if (Duration) sleepMs(Number(Duration.ticks) / 10000);
    else if (Milliseconds !== undefined) sleepMs(Milliseconds);
    else sleepMs(toJsNumber(Seconds ?? 0) * 1000);
  },
};

export default StartSleep;
