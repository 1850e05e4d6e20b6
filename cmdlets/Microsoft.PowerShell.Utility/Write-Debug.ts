// Write-Debug: writes a message to the debug stream (shown as "DEBUG: ..." when $DebugPreference allows).

import type { CommandDefinition } from '../../src/runtime/command-types';
import { toStr } from '../../src/runtime/convert';

interface Params {
  Message?: unknown;
}

const WriteDebug: CommandDefinition<Params> = {
  name: 'Write-Debug',
  module: 'Microsoft.PowerShell.Utility',
  implementingType: 'Microsoft.PowerShell.Commands.WriteDebugCommand',
  supportsCommonParameters: true,
  parameters: [{ name: 'Message', type: 'string', aliases: ['Msg'], position: 0, mandatory: true, valueFromPipeline: true, allowEmptyString: true }],
  process(ctx) {
    ctx.writeDebug(toStr(ctx.params.Message));
  },
};

export default WriteDebug;
