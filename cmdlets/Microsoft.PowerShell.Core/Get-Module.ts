// Get-Module (gmo): the loaded modules (built-in modules once one of their commands ran, as pwsh lists the modules
// it auto-loaded), or with -ListAvailable the modules under $env:PSModulePath, filtered by name (wildcards).

import type { CommandDefinition } from '../../src/runtime/command-types';
import { wildcardRegex } from '../../src/runtime/operators/regex';
import type { PSModuleInfo } from '../../src/runtime/modules/module-info';
import { listedModule } from '../../src/runtime/modules/listed-module';

interface Params {
  Name?: string[];
  All?: boolean;
  ListAvailable?: boolean;
  Refresh?: boolean;
  PSEdition?: string;
}

const byName = (a: PSModuleInfo, b: PSModuleInfo) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' });

const GetModule: CommandDefinition<Params> = {
  name: 'Get-Module',
  module: 'Microsoft.PowerShell.Core',
  implementingType: 'Microsoft.PowerShell.Commands.GetModuleCommand',
  supportsCommonParameters: true,
  defaultParameterSet: 'Loaded',
  parameters: [
    { name: 'Name', type: 'System.String[]', position: 0, valueFromPipeline: true },
    { name: 'All', type: 'System.Management.Automation.SwitchParameter' },
    { name: 'ListAvailable', type: 'System.Management.Automation.SwitchParameter', sets: [{ name: 'Available', mandatory: true }] },
    { name: 'Refresh', type: 'System.Management.Automation.SwitchParameter', sets: [{ name: 'Available' }] },
    { name: 'PSEdition', type: 'System.String', sets: [{ name: 'Available' }] },
  ],
  process(ctx) {
    const p = ctx.params;
    const { modules, ctx: exec } = ctx.session.moduleContext();
    const patterns = (p.Name ?? ['*']).map((n) => wildcardRegex(n, true));
    const wanted = (m: PSModuleInfo) => patterns.some((r) => r.test(m.name));
    if (p.ListAvailable) {
      for (const { module } of modules.available(exec)) if (wanted(module)) ctx.writeObject(listedModule(module));
      return;
    }
    for (const name of exec.engine.usedBuiltInModules) modules.noteBuiltInUsed(exec, name);
    for (const m of modules.loaded(p.All).filter(wanted).sort(byName)) ctx.writeObject(m);
  },
};

export default GetModule;
