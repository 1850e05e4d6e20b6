// How Get-Member's Definition column names a type: C# keywords and pwsh accelerators for the common ones, else the
// full name.

const SHORT_NAMES: Record<string, string> = {
  'System.Int32': 'int',
  'System.Int64': 'long',
  'System.Int16': 'short',
  'System.Byte': 'byte',
  'System.String': 'string',
  'System.Boolean': 'bool',
  'System.Double': 'double',
  'System.Single': 'float',
  'System.Decimal': 'decimal',
  'System.Char': 'char',
  'System.Type': 'type',
  'System.Void': 'void',
  'System.DateTime': 'datetime',
  'System.TimeSpan': 'timespan',
  'System.Guid': 'guid',
  'System.Version': 'version',
  'System.Collections.Hashtable': 'hashtable',
  'System.Management.Automation.ScriptBlock': 'scriptblock',
  'System.Management.Automation.PSObject': 'psobject',
  'System.Security.SecureString': 'securestring',
  'System.Management.Automation.PSCredential': 'pscredential',
  'System.Management.Automation.SwitchParameter': 'switch',
};

export function typeDisplayName(fullName: string | undefined): string {
  if (!fullName) return 'System.Object';
  return SHORT_NAMES[fullName] ?? fullName;
}
