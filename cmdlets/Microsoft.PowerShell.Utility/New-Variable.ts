// New-Variable (nv): defines a variable in a scope; one that already exists there is an error unless -Force.

import type { CommandDefinition } from '../../src/runtime/command-types';
import { fmt } from '../../src/runtime/messages';
import { UtilityMsg } from './messages';
import { scopeTable, variableOption } from './shared/variable-selection';

interface Params {
  Name: string;
  Value?: unknown;
  Description?: string;
  Option?: unknown;
  Force?: boolean;
  PassThru?: boolean;
  Scope?: string;
}

const NewVariable: CommandDefinition<Params> = {
  name: 'New-Variable',
  module: 'Microsoft.PowerShell.Utility',
  implementingType: 'Microsoft.PowerShell.Commands.NewVariableCommand',
  supportsCommonParameters: true,
  supportsShouldProcess: true,
  parameters: [
    { name: 'Name', type: 'System.String', position: 0, mandatory: true, valueFromPipelineByPropertyName: true },
    { name: 'Value', type: 'System.Object', position: 1, valueFromPipeline: true, valueFromPipelineByPropertyName: true },
    { name: 'Description', type: 'System.String' },
    { name: 'Option', type: 'System.String', validation: [{ kind: 'Set', values: ['None', 'ReadOnly', 'Constant', 'Private', 'AllScope', 'Unspecified'] }] },
    { name: 'Force', type: 'System.Management.Automation.SwitchParameter' },
    { name: 'PassThru', type: 'System.Management.Automation.SwitchParameter' },
    { name: 'Scope', type: 'System.String', validation: [{ kind: 'NotNullOrEmpty' }] },
  ],
  process(ctx) {
    const p = ctx.params;
    const table = scopeTable(ctx);
    const existing = table.own(p.Name);
    if (existing && (!p.Force || existing.options === 'Constant')) {
      ctx.writeError(ctx.newError('VariableAlreadyExists', fmt(UtilityMsg.VariableAlreadyExists, p.Name), 'ResourceExists', p.Name, 'System.Management.Automation.SessionStateException'));
      return;
    }
    const v = table.define(p.Name, ctx.boundParameterNames.has('Value') ? p.Value : null, p.Option !== undefined ? variableOption(p.Option) : 'None', p.Description ?? '');
    if (p.PassThru) ctx.writeObject(v);
  },
};

export default NewVariable;
