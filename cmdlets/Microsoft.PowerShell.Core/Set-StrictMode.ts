// Set-StrictMode: -Version 1 makes reading an unset variable an error; 2 and Latest also reading a missing
// property; -Off turns it off.

import type { CommandDefinition } from '../../src/runtime/command-types';
import { Version } from '../../src/runtime/values';

interface Params {
  Version?: Version;
  Off?: { IsPresent: boolean };
}

const SetStrictMode: CommandDefinition<Params> = {
  name: 'Set-StrictMode',
  module: 'Microsoft.PowerShell.Core',
  implementingType: 'Microsoft.PowerShell.Commands.SetStrictModeCommand',
  supportsCommonParameters: true,
  parameters: [
    { name: 'Version', type: 'string', aliases: ['v'], sets: [{ name: 'Version', mandatory: true }] },
    { name: 'Off', type: 'switch', sets: [{ name: 'Off', mandatory: true }] },
  ],
  end(ctx) {
    if (ctx.parameterSetName === 'Off') {
      ctx.session.setStrictMode?.(0);
      return;
    }
    const text = String(ctx.params.Version ?? '');
    const version = /^latest$/i.test(text) ? 3 : Number.parseInt(text, 10) || 1;
    ctx.session.setStrictMode?.(version);
  },
};

export default SetStrictMode;
