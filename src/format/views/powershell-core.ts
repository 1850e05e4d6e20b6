// Views of PowerShellCore.format.ps1xml for the engine's own output types: Get-Member's MemberDefinition,
// Group-Object's GroupInfo, Get-Variable's PSVariable, Get-Location's PathInfo, Get-Command's CommandInfo, [type].

import { getPropertyValue, Hashtable, toItemArray } from '../../runtime/values';
import { moduleRootOf } from '../../runtime/modules/listed-module';
import { registerViews } from './registry';

const COMMAND_INFO_TYPES = [
  'System.Management.Automation.AliasInfo',
  'System.Management.Automation.ApplicationInfo',
  'System.Management.Automation.CmdletInfo',
  'System.Management.Automation.ExternalScriptInfo',
  'System.Management.Automation.FilterInfo',
  'System.Management.Automation.FunctionInfo',
  'System.Management.Automation.ScriptInfo',
];

registerViews(
  {
    kind: 'table',
    name: 'System.RuntimeType',
    typeNames: ['System.RuntimeType'],
    columns: [
      { label: 'IsPublic', property: 'IsPublic', width: 8 },
      { label: 'IsSerial', property: 'IsSerializable', width: 8 },
      { property: 'Name', width: 40 },
      { property: 'BaseType' },
    ],
  },
  {
    kind: 'table',
    name: 'Microsoft.PowerShell.Commands.MemberDefinition',
    typeNames: ['Microsoft.PowerShell.Commands.MemberDefinition'],
    autoSize: true,
    groupBy: { label: 'TypeName', property: 'TypeName' },
    columns: [{ property: 'Name' }, { property: 'MemberType' }, { property: 'Definition' }],
  },
  {
    kind: 'table',
    name: 'Microsoft.PowerShell.Commands.GroupInfo',
    typeNames: ['Microsoft.PowerShell.Commands.GroupInfo'],
    columns: [
      { label: 'Count', property: 'Count', width: 5, alignment: 'right' },
      { property: 'Name', width: 25 },
      { property: 'Group' },
    ],
  },
  {
    kind: 'list',
    name: 'Microsoft.PowerShell.Commands.GroupInfo',
    typeNames: ['Microsoft.PowerShell.Commands.GroupInfo'],
    entries: [{ items: [{ property: 'Name' }, { property: 'Count' }, { property: 'Group' }, { property: 'Values' }] }],
  },
  {
    kind: 'table',
    name: 'Microsoft.PowerShell.Commands.GroupInfoNoElement',
    typeNames: ['Microsoft.PowerShell.Commands.GroupInfoNoElement'],
    columns: [
      { label: 'Count', property: 'Count', width: 5, alignment: 'right' },
      { property: 'Name', width: 25 },
    ],
  },
  {
    kind: 'table',
    name: 'Variable',
    typeNames: ['System.Management.Automation.PSVariable'],
    columns: [{ property: 'Name', width: 30 }, { property: 'Value' }],
  },
  {
    kind: 'table',
    name: 'PathInfo',
    typeNames: ['System.Management.Automation.PathInfo'],
    columns: [{ property: 'Path' }],
  },
  {
    kind: 'table',
    name: 'CommandInfo',
    typeNames: COMMAND_INFO_TYPES,
    columns: [
      { label: 'CommandType', property: 'CommandType', width: 15 },
      {
        label: 'Name',
        width: 50,
        property: (c) => getPropertyValue(c, String(getPropertyValue(c, 'CommandType')) === 'Alias' ? 'DisplayName' : 'Name'),
      },
      { label: 'Version', property: 'Version', width: 10 },
      { label: 'Source', property: 'Source' },
    ],
  },
);

// Get-Module's views (PowerShellCore.format.ps1xml: Module, ModuleInfoGrouping).
/** A dictionary's keys as the view's `$_.X.Keys` shows them: nothing, one name, or the collection. */
function keysOf(m: unknown, property: string): unknown {
  const keys = (getPropertyValue(m, property) as Hashtable).keys();
  return keys.length === 0 ? null : keys.length === 1 ? keys[0] : keys;
}
/** PrivateData.PSData.Prerelease, or nothing. */
function prerelease(m: unknown): unknown {
  const data = getPropertyValue(m, 'PrivateData');
  const ps = data instanceof Hashtable ? data.get('PSData') : null;
  return ps instanceof Hashtable ? ps.get('Prerelease') : null;
}
/** CompatiblePSEditions by their first four letters (Desktop when the manifest names none). */
function editions(m: unknown): string {
  const list = toItemArray(getPropertyValue(m, 'CompatiblePSEditions')).map(String);
  return (list.length ? list : ['Desktop']).map((e) => e.slice(0, 4)).join(',');
}
const moduleColumns = [
  { label: 'ModuleType', property: 'ModuleType', width: 10 },
  { label: 'Version', property: 'Version', width: 10 },
  { label: 'PreRelease', width: 10, property: (m: unknown) => prerelease(m) },
  { label: 'Name', property: 'Name', width: 35 },
];
registerViews(
  {
    kind: 'table',
    name: 'Module',
    typeNames: ['System.Management.Automation.PSModuleInfo'],
    columns: [...moduleColumns, { label: 'ExportedCommands', property: (m) => keysOf(m, 'ExportedCommands') }],
  },
  {
    kind: 'table',
    name: 'ModuleInfoGrouping',
    typeNames: ['ModuleInfoGrouping'],
    groupBy: { label: 'Directory', property: (m) => moduleRootOf(String(getPropertyValue(m, 'Path'))), header: (dir) => `    Directory: ${dir}` },
    columns: [...moduleColumns, { label: 'PSEdition', width: 9, property: (m) => editions(m) }, { label: 'ExportedCommands', property: (m) => keysOf(m, 'ExportedCommands') }],
  },
  {
    kind: 'list',
    name: 'Module',
    typeNames: ['System.Management.Automation.PSModuleInfo'],
    entries: [
      {
        items: [
          { property: 'Name' },
          { property: 'Path' },
          { property: 'Description' },
          { property: 'ModuleType' },
          { property: 'Version' },
          { label: 'PreRelease', property: (m) => prerelease(m) },
          { property: 'NestedModules' },
          { label: 'ExportedFunctions', property: (m) => keysOf(m, 'ExportedFunctions') },
          { label: 'ExportedCmdlets', property: (m) => keysOf(m, 'ExportedCmdlets') },
          { label: 'ExportedVariables', property: (m) => keysOf(m, 'ExportedVariables') },
          { label: 'ExportedAliases', property: (m) => keysOf(m, 'ExportedAliases') },
        ],
      },
    ],
  },
);
