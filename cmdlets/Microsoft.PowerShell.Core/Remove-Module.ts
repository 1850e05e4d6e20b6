// Remove-Module (rmo): unloads modules by name (wildcards) or PSModuleInfo: their imported members leave the
// session and the module's OnRemove script block runs.

import type { CommandDefinition } from '../../src/runtime/command-types';
import { wildcardRegex } from '../../src/runtime/operators/regex';
import type { PSModuleInfo } from '../../src/runtime/modules/module-info';
import { ModuleMsg } from '../../src/runtime/modules/messages';

interface Params {
  Name?: string[];
  ModuleInfo?: PSModuleInfo[];
  Force?: boolean;
}

const RemoveModule: CommandDefinition<Params> = {
  name: 'Remove-Module',
  module: 'Microsoft.PowerShell.Core',
  implementingType: 'Microsoft.PowerShell.Commands.RemoveModuleCommand',
  supportsCommonParameters: true,
  supportsShouldProcess: true,
  defaultParameterSet: 'name',
  parameters: [
    { name: 'Name', type: 'System.String[]', sets: [{ name: 'name', position: 0, mandatory: true, valueFromPipeline: true }] },
    { name: 'ModuleInfo', type: 'System.Management.Automation.PSModuleInfo[]', sets: [{ name: 'ModuleInfo', position: 0, mandatory: true, valueFromPipeline: true }] },
    { name: 'Force', type: 'System.Management.Automation.SwitchParameter' },
  ],
  process(ctx) {
    const { modules, ctx: exec } = ctx.session.moduleContext();
    for (const name of exec.engine.usedBuiltInModules) modules.noteBuiltInUsed(exec, name);
    const targets = [...(ctx.params.ModuleInfo ?? [])];
    for (const name of ctx.params.Name ?? []) {
      const r = wildcardRegex(name, true);
      targets.push(...modules.loaded(true).filter((m) => r.test(m.name)));
    }
    if (!targets.length) {
      ctx.writeError(ctx.newError('Modules_NoModulesRemoved', ModuleMsg.NoModulesRemoved, 'ResourceUnavailable', null, 'System.InvalidOperationException'));
      return;
    }
    for (const m of targets) if (ctx.shouldProcess(`${m.name} (Path: '${m.path}')`, 'Remove-Module')) modules.remove(exec, m, (s) => ctx.writeVerbose(s));
  },
};

export default RemoveModule;
