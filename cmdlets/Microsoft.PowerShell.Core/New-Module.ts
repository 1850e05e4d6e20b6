// New-Module (nmo): a dynamic module from a script block; its exports are imported into the session at once
// (the module itself joins Get-Module's list only when piped to Import-Module). -AsCustomObject returns an object
// whose methods are the exported functions and whose properties are the exported variables.

import type { CommandDefinition } from '../../src/runtime/command-types';
import { PSObject, ScriptBlock } from '../../src/runtime/values';

interface Params {
  Name?: string;
  ScriptBlock: ScriptBlock;
  Function?: string[];
  Cmdlet?: string[];
  ReturnResult?: boolean;
  AsCustomObject?: boolean;
  ArgumentList?: unknown[];
}

const NewModule: CommandDefinition<Params> = {
  name: 'New-Module',
  module: 'Microsoft.PowerShell.Core',
  implementingType: 'Microsoft.PowerShell.Commands.NewModuleCommand',
  supportsCommonParameters: true,
  defaultParameterSet: 'ScriptBlock',
  parameters: [
    { name: 'Name', type: 'System.String', sets: [{ name: 'Name', position: 0, mandatory: true, valueFromPipeline: true }] },
    {
      name: 'ScriptBlock',
      type: 'System.Management.Automation.ScriptBlock',
      sets: [
        { name: 'Name', position: 1, mandatory: true },
        { name: 'ScriptBlock', position: 0, mandatory: true },
      ],
    },
    { name: 'Function', type: 'System.String[]' },
    { name: 'Cmdlet', type: 'System.String[]' },
    { name: 'ReturnResult', type: 'System.Management.Automation.SwitchParameter' },
    { name: 'AsCustomObject', type: 'System.Management.Automation.SwitchParameter' },
    { name: 'ArgumentList', type: 'System.Object[]', aliases: ['Args'], valueFromRemainingArguments: true },
  ],
  end(ctx) {
    const p = ctx.params;
    const { modules, ctx: exec } = ctx.session.moduleContext();
    const only = p.Function ? { functions: p.Function, aliases: [], variables: [], cmdlets: [] } : undefined;
    const m = modules.newDynamic(exec, p.Name ?? '', p.ScriptBlock, p.ArgumentList ?? [], { verbose: (s) => ctx.writeVerbose(s) });
    if (p.AsCustomObject) {
      const o = new PSObject();
      for (const [name, fn] of m.exportedFunctions) o.addMember({ name, kind: 'ScriptMethod', value: new ScriptBlock(fn.body.text, fn.body.compiled, m) });
      for (const [name, v] of m.exportedVariables) o.setNote(name, v.value);
      ctx.writeObject(o);
      return;
    }
    modules.importDynamic(exec, m, { only });
    ctx.writeObject(m);
  },
};

export default NewModule;
