// PSModuleInfo: one loaded (or listed) module, built-in TypeScript module or script module alike. A script module
// owns a session state: its module scope (a script scope under the global one) where its code runs; exports are
// filtered views over that scope. Built-in modules export the registry's cmdlets of that module.

import type { Scope, PSVariable } from '../session/scope';
import type { CompiledFunction } from '../session/function-info';
import { Guid, Version, Hashtable, ListValue, EnumValue, ScriptBlock, registerType } from '../values';

const MODULE_TYPES = ['Script', 'Binary', 'Manifest', 'Cim', 'Workflow'];

export type ModuleType = 'Script' | 'Manifest' | 'Binary' | 'Dynamic';

/** What Export-ModuleMember (or a manifest's *ToExport) selected; undefined = the default for that kind. */
export interface ExportSelection {
  functions?: string[];
  cmdlets?: string[];
  variables?: string[];
  aliases?: string[];
}

/** Where a module's members were imported, so Remove-Module can take them away again. */
export interface ImportRecord {
  scope: Scope;
  functions: string[];
  aliases: string[];
  variables: string[];
}

export class PSModuleInfo {
  path = '';
  /** The .psd1 the module was loaded from, when it has one. */
  manifestPath = '';
  moduleBase = '';
  version = new Version(0, 0);
  moduleType: ModuleType = 'Script';
  description = '';
  guid = Guid.Empty;
  author = '';
  companyName = '';
  copyright = '';
  privateData: unknown = null;
  definition = '';
  rootModule = '';
  prefix = '';
  powerShellVersion: Version | null = null;
  compatiblePSEditions: string[] = [];
  tags: string[] = [];
  scripts: string[] = [];
  typeFiles: string[] = [];
  formatFiles: string[] = [];
  nestedModules: PSModuleInfo[] = [];
  requiredModules: PSModuleInfo[] = [];
  onRemove: ScriptBlock | null = null;
  /** The module scope (script modules and dynamic modules; undefined for built-in modules). */
  scope?: Scope;
  /** The scope the module's code was running in when it called out to another session state. */
  activeScope?: Scope;
  /** Export-ModuleMember calls made while the module's script ran (merged). */
  exportRequest?: ExportSelection;
  readonly exportedFunctions = new Map<string, CompiledFunction>();
  readonly exportedCmdlets = new Map<string, string>();
  readonly exportedAliases = new Map<string, string>();
  readonly exportedVariables = new Map<string, PSVariable>();
  readonly imports: ImportRecord[] = [];
  /** A psnode built-in (cmdlets/<Module>/): its commands live in the registry. */
  builtIn = false;

  constructor(public name: string) {}

  toString(): string {
    return this.name;
  }
}

const mi = (v: unknown) => v as PSModuleInfo;
const names = (keys: Iterable<string>) => Hashtable.from([...keys].map((k) => [k, k] as [string, string]), true);
const prefixedName = (m: PSModuleInfo, n: string) => {
  if (!m.prefix) return n;
  const dash = n.indexOf('-');
  return dash < 0 ? n : n.slice(0, dash + 1) + m.prefix + n.slice(dash + 1);
};

registerType({
  fullName: 'System.Management.Automation.PSModuleInfo',
  jsClass: PSModuleInfo,
  properties: [
    { name: 'LogPipelineExecutionDetails', type: 'bool', get: () => false },
    { name: 'Name', type: 'string', get: (m) => mi(m).name },
    { name: 'Path', type: 'string', get: (m) => mi(m).path },
    { name: 'ImplementingAssembly', type: 'System.Reflection.Assembly', get: () => null },
    { name: 'Definition', type: 'string', get: (m) => mi(m).definition },
    { name: 'Description', type: 'string', get: (m) => mi(m).description },
    { name: 'Guid', type: 'guid', get: (m) => mi(m).guid },
    { name: 'HelpInfoUri', type: 'string', get: () => null },
    { name: 'ModuleBase', type: 'string', get: (m) => mi(m).moduleBase },
    { name: 'PrivateData', type: 'System.Object', get: (m) => mi(m).privateData },
    { name: 'Tags', type: 'System.Collections.Generic.IEnumerable[string]', get: (m) => new ListValue('System.Collections.Generic.List`1[System.String]', 'System.String', [...mi(m).tags]) },
    { name: 'Version', type: 'version', get: (m) => mi(m).version },
    { name: 'ModuleType', type: 'System.Management.Automation.ModuleType', get: (m) => new EnumValue('System.Management.Automation.ModuleType', mi(m).moduleType, MODULE_TYPES.indexOf(mi(m).moduleType)) },
    { name: 'Author', type: 'string', get: (m) => mi(m).author },
    { name: 'AccessMode', type: 'System.Management.Automation.ModuleAccessMode', get: () => new EnumValue('System.Management.Automation.ModuleAccessMode', 'ReadWrite', 0) },
    { name: 'CompanyName', type: 'string', get: (m) => mi(m).companyName },
    { name: 'Copyright', type: 'string', get: (m) => mi(m).copyright },
    { name: 'ExportedFunctions', type: 'System.Collections.Generic.Dictionary[string,System.Management.Automation.FunctionInfo]', get: (m) => names([...mi(m).exportedFunctions.keys()].map((n) => prefixedName(mi(m), n))) },
    { name: 'Prefix', type: 'string', get: (m) => mi(m).prefix },
    { name: 'ExportedCmdlets', type: 'System.Collections.Generic.Dictionary[string,System.Management.Automation.CmdletInfo]', get: (m) => names(mi(m).exportedCmdlets.keys()) },
    {
      name: 'ExportedCommands',
      type: 'System.Collections.Generic.Dictionary[string,System.Management.Automation.CommandInfo]',
      get: (m) => names([...mi(m).exportedCmdlets.keys(), ...[...mi(m).exportedFunctions.keys()].map((n) => prefixedName(mi(m), n)), ...mi(m).exportedAliases.keys()]),
    },
    { name: 'CompatiblePSEditions', type: 'System.Collections.Generic.IEnumerable[string]', get: (m) => new ListValue('System.Collections.Generic.List`1[System.String]', 'System.String', [...mi(m).compatiblePSEditions]) },
    { name: 'NestedModules', type: 'System.Collections.ObjectModel.ReadOnlyCollection[System.Management.Automation.PSModuleInfo]', get: (m) => [...mi(m).nestedModules] },
    { name: 'PowerShellVersion', type: 'version', get: (m) => mi(m).powerShellVersion },
    { name: 'Scripts', type: 'System.Collections.Generic.IEnumerable[string]', get: (m) => new ListValue('System.Collections.Generic.List`1[System.String]', 'System.String', [...mi(m).scripts]) },
    { name: 'RequiredModules', type: 'System.Collections.ObjectModel.ReadOnlyCollection[System.Management.Automation.PSModuleInfo]', get: (m) => [...mi(m).requiredModules] },
    { name: 'RootModule', type: 'string', get: (m) => mi(m).rootModule },
    { name: 'ExportedVariables', type: 'System.Collections.Generic.Dictionary[string,System.Management.Automation.PSVariable]', get: (m) => names(mi(m).exportedVariables.keys()) },
    { name: 'ExportedAliases', type: 'System.Collections.Generic.Dictionary[string,System.Management.Automation.AliasInfo]', get: (m) => names(mi(m).exportedAliases.keys()) },
    { name: 'OnRemove', type: 'scriptblock', get: (m) => mi(m).onRemove, set: (m, v) => (mi(m).onRemove = v instanceof ScriptBlock ? v : null) },
    { name: 'ExportedFormatFiles', type: 'System.Collections.ObjectModel.ReadOnlyCollection[string]', get: (m) => [...mi(m).formatFiles] },
    { name: 'ExportedTypeFiles', type: 'System.Collections.ObjectModel.ReadOnlyCollection[string]', get: (m) => [...mi(m).typeFiles] },
  ],
  toString: (m) => mi(m).name,
});
