// Remove-Alias: deletes aliases from a scope (the caller's by default).

import type { CommandDefinition } from '../../src/runtime/command-types';
import { fmt } from '../../src/runtime/messages';
import { UtilityMsg } from './messages';

interface Params {
  Name: string[];
  Scope?: string;
  Force?: boolean;
}

const RemoveAlias: CommandDefinition<Params> = {
  name: 'Remove-Alias',
  module: 'Microsoft.PowerShell.Utility',
  implementingType: 'Microsoft.PowerShell.Commands.RemoveAliasCommand',
  supportsCommonParameters: true,
  parameters: [
    { name: 'Name', type: 'System.String[]', position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true },
    { name: 'Scope', type: 'System.String' },
    { name: 'Force', type: 'System.Management.Automation.SwitchParameter' },
  ],
  process(ctx) {
    const p = ctx.params;
    for (const name of p.Name) {
      const table = ctx.session.aliases(p.Scope);
      if (table.remove(name)) continue;
      // Not in the named scope: the nearest scope that has it (pwsh removes what the caller sees).
      if (p.Scope === undefined && ctx.session.moduleContext().ctx.scope.lookupAlias(name.toLowerCase()) !== undefined) {
        for (let s = ctx.session.moduleContext().ctx.scope.parent; s; s = s.parent) if (s.aliases.delete(name.toLowerCase())) break;
        continue;
      }
      ctx.writeError(ctx.newError('ItemNotFoundException', fmt(UtilityMsg.AliasNotFound, name), 'ObjectNotFound', name, 'System.Management.Automation.ItemNotFoundException'));
    }
  },
};

export default RemoveAlias;
