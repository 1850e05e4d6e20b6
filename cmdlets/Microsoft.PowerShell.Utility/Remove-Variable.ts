// Remove-Variable (rv): deletes variables from a scope; read-only ones need -Force, constants cannot go.

import type { CommandDefinition } from '../../src/runtime/command-types';
import { matchingVariables, refuseProtected, scopeTable } from './shared/variable-selection';

interface Params {
  Name: string[];
  Include?: string[];
  Exclude?: string[];
  Force?: boolean;
  Scope?: string;
}

const RemoveVariable: CommandDefinition<Params> = {
  name: 'Remove-Variable',
  module: 'Microsoft.PowerShell.Utility',
  implementingType: 'Microsoft.PowerShell.Commands.RemoveVariableCommand',
  supportsCommonParameters: true,
  supportsShouldProcess: true,
  parameters: [
    { name: 'Name', type: 'System.String[]', position: 0, mandatory: true, valueFromPipelineByPropertyName: true },
    { name: 'Include', type: 'System.String[]' },
    { name: 'Exclude', type: 'System.String[]' },
    { name: 'Force', type: 'System.Management.Automation.SwitchParameter' },
    { name: 'Scope', type: 'System.String', validation: [{ kind: 'NotNullOrEmpty' }] },
  ],
  process(ctx) {
    const p = ctx.params;
    const table = scopeTable(ctx);
    for (const name of p.Name) {
      for (const v of matchingVariables(ctx, table, name)) {
        if (refuseProtected(ctx, v, v.name, p.Force, 'VariableNotRemovable')) continue;
        if (!table.remove(v.name)) ctx.session.removeVariable(v.name);
      }
    }
  },
};

export default RemoveVariable;
