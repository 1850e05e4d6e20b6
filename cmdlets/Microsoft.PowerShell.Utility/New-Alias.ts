// New-Alias (nal): creates an alias; one of that name in the scope already is an error (-Force replaces it).

import type { CommandDefinition } from '../../src/runtime/command-types';
import { fmt } from '../../src/runtime/messages';
import { UtilityMsg } from './messages';
import { aliasInfo } from './shared/alias-info';
import { aliasParameters } from './Set-Alias';

interface Params {
  Name: string;
  Value: string;
  PassThru?: boolean;
  Scope?: string;
  Force?: boolean;
}

const NewAlias: CommandDefinition<Params> = {
  name: 'New-Alias',
  module: 'Microsoft.PowerShell.Utility',
  implementingType: 'Microsoft.PowerShell.Commands.NewAliasCommand',
  supportsCommonParameters: true,
  supportsShouldProcess: true,
  parameters: [...aliasParameters, { name: 'Force', type: 'System.Management.Automation.SwitchParameter' }],
  process(ctx) {
    const p = ctx.params;
    const table = ctx.session.aliases(p.Scope);
    if (!p.Force && table.visible().some(([n]) => n.toLowerCase() === p.Name.toLowerCase())) {
      ctx.writeError(ctx.newError('AliasAlreadyExists', fmt(UtilityMsg.AliasAlreadyExists, p.Name), 'ResourceExists', p.Name, 'System.Management.Automation.SessionStateException'));
      return;
    }
    table.define(p.Name, p.Value);
    if (p.PassThru) ctx.writeObject(aliasInfo(p.Name, p.Value));
  },
};

export default NewAlias;
