// Import-Module (ipmo): loads modules by name (through $env:PSModulePath), path or PSModuleInfo and imports their
// exported members into the caller's session state (global unless called from a module, -Global, -Scope Local).

import type { CommandDefinition } from '../../src/runtime/command-types';
import { Version } from '../../src/runtime/values';
import { PSModuleInfo } from '../../src/runtime/modules/module-info';
import type { ImportOptions } from '../../src/runtime/modules/session-modules';
import { reportLoadErrors } from './shared/module-errors';

interface Params {
  Name?: string[];
  ModuleInfo?: PSModuleInfo[];
  Global?: boolean;
  Prefix?: string;
  Function?: string[];
  Cmdlet?: string[];
  Variable?: string[];
  Alias?: string[];
  Force?: boolean;
  PassThru?: boolean;
  ArgumentList?: unknown[];
  MinimumVersion?: Version;
  MaximumVersion?: string;
  RequiredVersion?: Version;
  DisableNameChecking?: boolean;
  Scope?: string;
  NoClobber?: boolean;
  AsCustomObject?: boolean;
}

const ImportModule: CommandDefinition<Params> = {
  name: 'Import-Module',
  module: 'Microsoft.PowerShell.Core',
  implementingType: 'Microsoft.PowerShell.Commands.ImportModuleCommand',
  supportsCommonParameters: true,
  defaultParameterSet: 'Name',
  parameters: [
    { name: 'Name', type: 'System.String[]', sets: [{ name: 'Name', position: 0, mandatory: true, valueFromPipeline: true }] },
    { name: 'ModuleInfo', type: 'System.Management.Automation.PSModuleInfo[]', sets: [{ name: 'ModuleInfo', position: 0, mandatory: true, valueFromPipeline: true }] },
    { name: 'Global', type: 'System.Management.Automation.SwitchParameter' },
    { name: 'Prefix', type: 'System.String', validation: [{ kind: 'NotNull' }] },
    { name: 'Function', type: 'System.String[]' },
    { name: 'Cmdlet', type: 'System.String[]' },
    { name: 'Variable', type: 'System.String[]' },
    { name: 'Alias', type: 'System.String[]' },
    { name: 'Force', type: 'System.Management.Automation.SwitchParameter' },
    { name: 'PassThru', type: 'System.Management.Automation.SwitchParameter' },
    { name: 'AsCustomObject', type: 'System.Management.Automation.SwitchParameter' },
    { name: 'ArgumentList', type: 'System.Object[]', aliases: ['Args'] },
    { name: 'MinimumVersion', type: 'System.Version', aliases: ['Version'], sets: [{ name: 'Name' }] },
    { name: 'MaximumVersion', type: 'System.String', sets: [{ name: 'Name' }] },
    { name: 'RequiredVersion', type: 'System.Version', sets: [{ name: 'Name' }] },
    { name: 'DisableNameChecking', type: 'System.Management.Automation.SwitchParameter' },
    { name: 'NoClobber', type: 'System.Management.Automation.SwitchParameter', aliases: ['NoOverwrite'] },
    { name: 'Scope', type: 'System.String', validation: [{ kind: 'Set', values: ['Local', 'Global'] }] },
  ],
  process(ctx) {
    const p = ctx.params;
    const { modules, ctx: exec } = ctx.session.moduleContext();
    const opts: ImportOptions = {
      global: p.Global || p.Scope?.toLowerCase() === 'global',
      local: p.Scope?.toLowerCase() === 'local',
      prefix: p.Prefix,
      force: p.Force,
      args: p.ArgumentList,
      disableNameChecking: p.DisableNameChecking,
      version: {
        minimum: p.MinimumVersion,
        required: p.RequiredVersion,
        maximum: p.MaximumVersion ? Version.parse(p.MaximumVersion) : undefined,
      },
      only: p.Function || p.Alias || p.Variable || p.Cmdlet ? { functions: p.Function ?? [], aliases: p.Alias ?? [], variables: p.Variable ?? [], cmdlets: p.Cmdlet ?? [] } : undefined,
      verbose: (m) => ctx.writeVerbose(m),
      warning: (m) => ctx.writeWarning(m),
    };
    for (const info of p.ModuleInfo ?? []) {
      reportLoadErrors(ctx, () => modules.addAndImport(exec, info, opts));
      if (p.PassThru) ctx.writeObject(info);
    }
    for (const name of p.Name ?? []) {
      const m = reportLoadErrors(ctx, () => modules.importByName(exec, name, opts));
      if (m && p.PassThru) ctx.writeObject(m);
    }
  },
};

export default ImportModule;
