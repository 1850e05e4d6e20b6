// Views of PowerShellCore.format.ps1xml for the engine's own output types: Get-Member's MemberDefinition,
// Group-Object's GroupInfo, Get-Variable's PSVariable, Get-Location's PathInfo, Get-Command's CommandInfo, [type].

import { getPropertyValue } from '../../runtime/values';
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
