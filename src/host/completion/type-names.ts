// How completion tooltips name a type (pwsh's ToStringCodeMethods.Type with namespaces dropped): the built-in
// short names for the common types ('string', 'int', 'switch', 'psobject'), else the name without its namespace,
// recursively through arrays and generic arguments ('Nullable[datetime]', 'Collection[psobject]'). Checked against
// the parameter tooltips pwsh 7.6.9 prints for a function declaring each type.

const SHORT_NAMES: Record<string, string> = {
  'system.string': 'string',
  'system.char': 'char',
  'system.byte': 'byte',
  'system.sbyte': 'sbyte',
  'system.int16': 'short',
  'system.uint16': 'ushort',
  'system.int32': 'int',
  'system.uint32': 'uint',
  'system.int64': 'long',
  'system.uint64': 'ulong',
  'system.single': 'float',
  'system.double': 'double',
  'system.decimal': 'decimal',
  'system.boolean': 'bool',
  'system.datetime': 'datetime',
  'system.timespan': 'timespan',
  'system.guid': 'guid',
  'system.version': 'version',
  'system.type': 'type',
  'system.text.regularexpressions.regex': 'regex',
  'system.collections.hashtable': 'hashtable',
  'system.security.securestring': 'securestring',
  'system.management.automation.pscredential': 'pscredential',
  'system.management.automation.psobject': 'psobject',
  'system.management.automation.scriptblock': 'scriptblock',
  'system.management.automation.switchparameter': 'switch',
};

/** psnode's parameter type spellings that are not .NET names. */
const ALIASES: Record<string, string> = {
  string: 'System.String', int: 'System.Int32', long: 'System.Int64', bool: 'System.Boolean', switch: 'System.Management.Automation.SwitchParameter',
  object: 'System.Object', datetime: 'System.DateTime', scriptblock: 'System.Management.Automation.ScriptBlock', byte: 'System.Byte',
  hashtable: 'System.Collections.Hashtable', psobject: 'System.Management.Automation.PSObject', double: 'System.Double',
  securestring: 'System.Security.SecureString', pscredential: 'System.Management.Automation.PSCredential', char: 'System.Char',
  uint: 'System.UInt32', ulong: 'System.UInt64', timespan: 'System.TimeSpan', guid: 'System.Guid', version: 'System.Version',
};

/** Splits 'A[B, C]' into its generic arguments at the top level. */
function genericArguments(inner: string): string[] {
  const args: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === ',' && depth === 0) {
      args.push(inner.slice(start, i).trim());
      start = i + 1;
    }
  }
  args.push(inner.slice(start).trim());
  return args;
}

export function shortTypeName(typeName: string): string {
  const name = typeName.trim().replace(/^\[(.*)\]$/, '$1');
  if (name.endsWith('[]')) return shortTypeName(name.slice(0, -2)) + '[]';
  const open = name.indexOf('[');
  if (open > 0 && name.endsWith(']')) {
    const outer = name.slice(0, open).replace(/`\d+$/, '');
    return `${shortTypeName(outer)}[${genericArguments(name.slice(open + 1, -1)).map(shortTypeName).join(',')}]`;
  }
  const full = ALIASES[name.toLowerCase()] ?? name;
  return SHORT_NAMES[full.toLowerCase()] ?? full.slice(full.lastIndexOf('.') + 1);
}
