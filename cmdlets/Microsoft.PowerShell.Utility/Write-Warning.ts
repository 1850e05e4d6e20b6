// Write-Warning: writes a message to the warning stream (shown as "WARNING: ..." when $WarningPreference allows).

import type { CommandDefinition } from '../../src/runtime/command-types';
import { toStr } from '../../src/runtime/convert';

interface Params {
  Message?: unknown;
}

const WriteWarning: CommandDefinition<Params> = {
  name: 'Write-Warning',
  module: 'Microsoft.PowerShell.Utility',
  implementingType: 'Microsoft.PowerShell.Commands.WriteWarningCommand',
  supportsCommonParameters: true,
  parameters: [{ name: 'Message', type: 'string', aliases: ['Msg'], position: 0, mandatory: true, valueFromPipeline: true, allowEmptyString: true }],
  process(ctx) {
    ctx.writeWarning(toStr(ctx.params.Message));
  },
};

export default WriteWarning;
