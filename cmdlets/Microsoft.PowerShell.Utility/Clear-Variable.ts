// Clear-Variable (clv): sets variables' values to $null, keeping the variables.

import type { CommandDefinition } from '../../src/runtime/command-types';
import { matchingVariables, refuseProtected, scopeTable } from './shared/variable-selection';

interface Params {
  Name: string[];
  Include?: string[];
  Exclude?: string[];
  Force?: boolean;
  PassThru?: boolean;
  Scope?: string;
}

const ClearVariable: CommandDefinition<Params> = {
  name: 'Clear-Variable',
  module: 'Microsoft.PowerShell.Utility',
  implementingType: 'Microsoft.PowerShell.Commands.ClearVariableCommand',
  supportsCommonParameters: true,
  supportsShouldProcess: true,
  parameters: [
    { name: 'Name', type: 'System.String[]', position: 0, mandatory: true, valueFromPipelineByPropertyName: true },
    { name: 'Include', type: 'System.String[]' },
    { name: 'Exclude', type: 'System.String[]' },
    { name: 'Force', type: 'System.Management.Automation.SwitchParameter' },
    { name: 'PassThru', type: 'System.Management.Automation.SwitchParameter' },
    { name: 'Scope', type: 'System.String', validation: [{ kind: 'NotNullOrEmpty' }] },
  ],
  process(ctx) {
    const p = ctx.params;
    const table = scopeTable(ctx);
    for (const name of p.Name) {
      for (const v of matchingVariables(ctx, table, name)) {
        // Without -Scope, a variable of a parent scope is not touched: a new local one hides it, as in pwsh.
        if (!p.Scope && !table.own(v.name)) {
          const local = table.define(v.name, null);
          if (p.PassThru) ctx.writeObject(local);
          continue;
        }
        if (refuseProtected(ctx, v, v.name, p.Force, 'VariableNotWritable')) continue;
        v.value = null;
        if (p.PassThru) ctx.writeObject(v);
      }
    }
  },
};

export default ClearVariable;
