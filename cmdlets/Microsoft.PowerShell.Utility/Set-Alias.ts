// Set-Alias (sal): creates or changes an alias in a scope (the caller's by default).

import type { CommandDefinition } from '../../src/runtime/command-types';
import { aliasInfo } from './shared/alias-info';

interface Params {
  Name: string;
  Value: string;
  PassThru?: boolean;
  Scope?: string;
}

export const aliasParameters = [
  { name: 'Name', type: 'System.String', position: 0, mandatory: true, valueFromPipelineByPropertyName: true },
  { name: 'Value', type: 'System.String', position: 1, mandatory: true, valueFromPipelineByPropertyName: true },
  { name: 'PassThru', type: 'System.Management.Automation.SwitchParameter' },
  { name: 'Scope', type: 'System.String', valueFromPipelineByPropertyName: true },
];

const SetAlias: CommandDefinition<Params> = {
  name: 'Set-Alias',
  module: 'Microsoft.PowerShell.Utility',
  implementingType: 'Microsoft.PowerShell.Commands.SetAliasCommand',
  supportsCommonParameters: true,
  supportsShouldProcess: true,
  parameters: aliasParameters,
  process(ctx) {
    const p = ctx.params;
    ctx.session.aliases(p.Scope).define(p.Name, p.Value);
    if (p.PassThru) ctx.writeObject(aliasInfo(p.Name, p.Value));
  },
};

export default SetAlias;
