// Measure-Command: runs the script block in the caller's scope (once, or once per input object with $_), throws its
// output away and returns how long it took as one TimeSpan.

import type { CommandDefinition } from '../../src/runtime/command-types';
import { ScriptBlock, TimeSpan } from '../../src/runtime/values';

interface Params {
  Expression: ScriptBlock;
  InputObject?: unknown;
}

const NS_PER_TICK = 100n;
const elapsed = new WeakMap<object, bigint>();

const MeasureCommand: CommandDefinition<Params> = {
  name: 'Measure-Command',
  module: 'Microsoft.PowerShell.Utility',
  implementingType: 'Microsoft.PowerShell.Commands.MeasureCommandCommand',
  supportsCommonParameters: true,
  outputType: ['System.TimeSpan'],
  parameters: [
    { name: 'InputObject', type: 'System.Management.Automation.PSObject', valueFromPipeline: true },
    { name: 'Expression', type: 'System.Management.Automation.ScriptBlock', position: 0, mandatory: true },
  ],
  process(ctx) {
    const dollarUnder = ctx.boundParameterNames.has('InputObject') ? ctx.params.InputObject : undefined;
    const start = process.hrtime.bigint();
    ctx.session.invokeScriptBlock(ctx.params.Expression, [], dollarUnder);
    elapsed.set(ctx, (elapsed.get(ctx) ?? 0n) + process.hrtime.bigint() - start);
  },
  end(ctx) {
    ctx.writeObject(new TimeSpan(Number((elapsed.get(ctx) ?? 0n) / NS_PER_TICK)));
  },
};

export default MeasureCommand;
