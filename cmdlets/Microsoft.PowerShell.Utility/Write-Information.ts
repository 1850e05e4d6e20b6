// Write-Information: writes to the information stream (shown when $InformationPreference is Continue).

import type { CommandDefinition } from '../../src/runtime/command-types';
import { toStr } from '../../src/runtime/convert';

interface Params {
  MessageData?: unknown;
  Tags?: unknown[];
}

const WriteInformation: CommandDefinition<Params> = {
  name: 'Write-Information',
  module: 'Microsoft.PowerShell.Utility',
  implementingType: 'Microsoft.PowerShell.Commands.WriteInformationCommand',
  supportsCommonParameters: true,
  parameters: [
    { name: 'MessageData', type: 'System.Object', aliases: ['Msg', 'Message'], position: 0, mandatory: true },
    { name: 'Tags', type: 'string[]', position: 1 },
  ],
  process(ctx) {
    ctx.writeInformation(ctx.params.MessageData, (ctx.params.Tags ?? []).map((t) => toStr(t)));
  },
};

export default WriteInformation;
