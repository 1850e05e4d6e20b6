// Export-ModuleMember: inside a module's script, names the functions, cmdlets, variables and aliases it exports
// (calls add up; without any call a script module exports its functions and aliases).

import type { CommandDefinition } from '../../src/runtime/command-types';
import { ModuleMsg } from '../../src/runtime/modules/messages';

interface Params {
  Function?: string[];
  Cmdlet?: string[];
  Variable?: string[];
  Alias?: string[];
}

const ExportModuleMember: CommandDefinition<Params> = {
  name: 'Export-ModuleMember',
  module: 'Microsoft.PowerShell.Core',
  implementingType: 'Microsoft.PowerShell.Commands.ExportModuleMemberCommand',
  supportsCommonParameters: true,
  parameters: [
    { name: 'Function', type: 'System.String[]', position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true },
    { name: 'Cmdlet', type: 'System.String[]', valueFromPipelineByPropertyName: true },
    { name: 'Variable', type: 'System.String[]', valueFromPipelineByPropertyName: true },
    { name: 'Alias', type: 'System.String[]', valueFromPipelineByPropertyName: true },
  ],
  process(ctx) {
    const { modules, ctx: exec } = ctx.session.moduleContext();
    const m = modules.current(exec);
    if (!m) {
      return ctx.throwTerminatingError(ctx.newError('Modules_CanOnlyExecuteExportModuleMemberInsideAModule', ModuleMsg.ExportOutsideModule, 'PermissionDenied', null, 'System.InvalidOperationException'));
    }
    const req = (m.exportRequest ??= {});
    const p = ctx.params;
    for (const kind of ['Function', 'Cmdlet', 'Variable', 'Alias'] as const) {
      const key = ({ Function: 'functions', Cmdlet: 'cmdlets', Variable: 'variables', Alias: 'aliases' } as const)[kind];
      if (p[kind]) req[key] = [...(req[key] ?? []), ...p[kind]!];
    }
  },
};

export default ExportModuleMember;
