// Get-Variable (gv): the variables visible from a scope, by name (wildcards), -Include/-Exclude, or their values.

import type { CommandDefinition, VariableHandle } from '../../src/runtime/command-types';
import { hasWildcard, wildcardRegex } from '../../src/runtime/operators/regex';
import { fmt } from '../../src/runtime/messages';
import { UtilityMsg } from './messages';
import { nameFilter, scopeTable } from './shared/variable-selection';

interface Params {
  Name?: string[];
  ValueOnly?: boolean;
  Include?: string[];
  Exclude?: string[];
  Scope?: string;
}

const GetVariable: CommandDefinition<Params> = {
  name: 'Get-Variable',
  module: 'Microsoft.PowerShell.Utility',
  implementingType: 'Microsoft.PowerShell.Commands.GetVariableCommand',
  supportsCommonParameters: true,
  parameters: [
    { name: 'Name', type: 'System.String[]', position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true, validation: [{ kind: 'NotNullOrEmpty' }] },
    { name: 'ValueOnly', type: 'System.Management.Automation.SwitchParameter' },
    { name: 'Include', type: 'System.String[]' },
    { name: 'Exclude', type: 'System.String[]' },
    { name: 'Scope', type: 'System.String', validation: [{ kind: 'NotNullOrEmpty' }] },
  ],
  process(ctx) {
    const p = ctx.params;
    const table = scopeTable(ctx);
    const keep = nameFilter(p.Include, p.Exclude);
    const write = (v: VariableHandle) => ctx.writeObject(p.ValueOnly ? v.value : v, !!p.ValueOnly);
    if (!p.Name) {
      for (const v of table.visible().filter(keep).sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }))) write(v);
      return;
    }
    for (const name of p.Name) {
      if (hasWildcard(name)) {
        const re = wildcardRegex(name, true);
        const found = table.visible().filter((v) => re.test(v.name) && keep(v));
        for (const v of found.sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }))) write(v);
        continue;
      }
      const v = table.lookup(name);
      if (v && keep(v)) write(v);
      else if (!v) {
        ctx.writeError(ctx.newError('VariableNotFound', fmt(UtilityMsg.VariableNotFound, name), 'ObjectNotFound', name, 'System.Management.Automation.ItemNotFoundException'));
      }
    }
  },
};

export default GetVariable;
