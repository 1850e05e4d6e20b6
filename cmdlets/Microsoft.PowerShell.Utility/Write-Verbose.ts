// Write-Verbose: writes a message to the verbose stream (shown as "VERBOSE: ..." when $VerbosePreference allows).

import type { CommandDefinition } from '../../src/runtime/command-types';
import { toStr } from '../../src/runtime/convert';

interface Params {
  Message?: unknown;
}

const WriteVerbose: CommandDefinition<Params> = {
  name: 'Write-Verbose',
  module: 'Microsoft.PowerShell.Utility',
  implementingType: 'Microsoft.PowerShell.Commands.WriteVerboseCommand',
  supportsCommonParameters: true,
  parameters: [{ name: 'Message', type: 'string', aliases: ['Msg'], position: 0, mandatory: true, valueFromPipeline: true, allowEmptyString: true }],
  process(ctx) {
    ctx.writeVerbose(toStr(ctx.params.Message));
  },
};

export default WriteVerbose;
