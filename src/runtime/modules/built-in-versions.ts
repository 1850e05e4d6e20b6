// Versions of the built-in modules psnode emulates, as Get-Command and Get-Module report them.

export const BUILT_IN_MODULE_VERSIONS: Record<string, string> = {
  'Microsoft.PowerShell.Core': '7.6.9',
  'Microsoft.PowerShell.Utility': '7.0.0.0',
  'Microsoft.PowerShell.Management': '7.0.0.0',
  'Microsoft.PowerShell.Security': '7.0.0.0',
  PKI: '1.0.0.0',
  'Microsoft.Graph.Authentication': '2.25.0',
  'Microsoft.Entra': '1.3.0',
};
