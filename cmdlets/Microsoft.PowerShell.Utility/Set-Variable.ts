// Set-Variable (set, sv): assigns (creating when needed) variables in a scope, with options and -PassThru;
// read-only variables need -Force, constants refuse.

import type { CommandDefinition } from '../../src/runtime/command-types';
import { refuseProtected, scopeTable, variableOption } from './shared/variable-selection';

interface Params {
  Name: string[];
  Value?: unknown;
  Include?: string[];
  Exclude?: string[];
  Description?: string;
  Option?: unknown;
  Force?: boolean;
  Visibility?: unknown;
  PassThru?: boolean;
  Append?: boolean;
  Scope?: string;
}

const SetVariable: CommandDefinition<Params> = {
  name: 'Set-Variable',
  module: 'Microsoft.PowerShell.Utility',
  implementingType: 'Microsoft.PowerShell.Commands.SetVariableCommand',
  supportsCommonParameters: true,
  supportsShouldProcess: true,
  parameters: [
    { name: 'Name', type: 'System.String[]', position: 0, mandatory: true, valueFromPipelineByPropertyName: true },
    { name: 'Value', type: 'System.Object', position: 1, valueFromPipeline: true, valueFromPipelineByPropertyName: true },
    { name: 'Include', type: 'System.String[]' },
    { name: 'Exclude', type: 'System.String[]' },
    { name: 'Description', type: 'System.String' },
    { name: 'Option', type: 'System.String', validation: [{ kind: 'Set', values: ['None', 'ReadOnly', 'Constant', 'Private', 'AllScope', 'Unspecified'] }] },
    { name: 'Force', type: 'System.Management.Automation.SwitchParameter' },
    { name: 'PassThru', type: 'System.Management.Automation.SwitchParameter' },
    { name: 'Scope', type: 'System.String', validation: [{ kind: 'NotNullOrEmpty' }] },
  ],
  process(ctx) {
    const p = ctx.params;
    const table = scopeTable(ctx);
    const value = ctx.boundParameterNames.has('Value') ? p.Value : null;
    for (const name of p.Name) {
      const existing = table.own(name);
      if (existing && refuseProtected(ctx, existing, name, p.Force, 'VariableNotWritable')) continue;
      const options = p.Option !== undefined ? variableOption(p.Option) : existing?.options;
      const v = existing ?? table.define(name, value, options, p.Description ?? '');
      if (existing) {
        // Without -Value an existing variable keeps its value (only options or description change).
        if (ctx.boundParameterNames.has('Value')) existing.value = value;
        if (options) existing.options = options;
        if (p.Description !== undefined) existing.description = p.Description;
      }
      if (p.PassThru) ctx.writeObject(v);
    }
  },
};

export default SetVariable;
