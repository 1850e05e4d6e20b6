// Get-Alias (gal): the aliases visible from a scope, by name (wildcards) or by what they stand for (-Definition).

import type { CommandDefinition } from '../../src/runtime/command-types';
import { fmt } from '../../src/runtime/messages';
import { wildcardRegex, hasWildcard } from '../../src/runtime/operators/regex';
import { UtilityMsg } from './messages';
import { aliasInfo } from './shared/alias-info';

interface Params {
  Name?: string[];
  Definition?: string[];
  Exclude?: string[];
  Scope?: string;
}

const GetAlias: CommandDefinition<Params> = {
  name: 'Get-Alias',
  module: 'Microsoft.PowerShell.Utility',
  implementingType: 'Microsoft.PowerShell.Commands.GetAliasCommand',
  supportsCommonParameters: true,
  defaultParameterSet: 'Default',
  parameters: [
    { name: 'Name', type: 'System.String[]', sets: [{ name: 'Default', position: 0, valueFromPipelineByPropertyName: true }] },
    { name: 'Definition', type: 'System.String[]', sets: [{ name: 'Definition' }] },
    { name: 'Exclude', type: 'System.String[]' },
    { name: 'Scope', type: 'System.String', valueFromPipelineByPropertyName: true },
  ],
  process(ctx) {
    const p = ctx.params;
    const all = ctx.session.aliases(p.Scope).visible().sort((a, b) => a[0].localeCompare(b[0], 'en', { sensitivity: 'base' }));
    const excluded = (n: string) => (p.Exclude ?? []).some((x) => wildcardRegex(x, true).test(n));
    if (p.Definition) {
      for (const d of p.Definition) {
        const r = wildcardRegex(d, true);
        for (const [n, t] of all) if (r.test(t) && !excluded(n)) ctx.writeObject(aliasInfo(n, t));
      }
      return;
    }
    for (const name of p.Name ?? ['*']) {
      const r = wildcardRegex(name, true);
      const hits = all.filter(([n]) => r.test(n) && !excluded(n));
      for (const [n, t] of hits) ctx.writeObject(aliasInfo(n, t));
      if (!hits.length && !hasWildcard(name)) {
        ctx.writeError(ctx.newError('ItemNotFoundException', fmt(UtilityMsg.AliasNotFound, name), 'ObjectNotFound', name, 'System.Management.Automation.ItemNotFoundException'));
      }
    }
  },
};

export default GetAlias;
