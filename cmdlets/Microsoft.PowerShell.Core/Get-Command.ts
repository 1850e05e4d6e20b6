// Get-Command (gcm): the session's commands (aliases, functions, cmdlets) as CmdletInfo/FunctionInfo/AliasInfo
// objects, filtered by name (wildcards), verb, noun, module and command type.

import type { CommandContext, CommandDefinition, CommandInfo } from '../../src/runtime/command-types';
import { Hashtable, PSObject, Version, registerType } from '../../src/runtime/values';
import { wildcardRegex, hasWildcard } from '../../src/runtime/operators/regex';
import { Msg, fmt } from '../../src/runtime/messages';
import { BUILT_IN_MODULE_VERSIONS as MODULE_VERSIONS } from '../../src/runtime/modules/built-in-versions';

const TYPE_NAMES: Record<CommandInfo['commandType'], string> = {
  Alias: 'System.Management.Automation.AliasInfo',
  Function: 'System.Management.Automation.FunctionInfo',
  Filter: 'System.Management.Automation.FilterInfo',
  Cmdlet: 'System.Management.Automation.CmdletInfo',
  ExternalScript: 'System.Management.Automation.ExternalScriptInfo',
  Application: 'System.Management.Automation.ApplicationInfo',
};

/** What Get-Command writes: a CommandInfo of the kind its CommandType names. */
export class CommandInfoObject {
  constructor(readonly info: CommandInfo) {}
  get Name(): string {
    return this.info.name;
  }
  get CommandType(): string {
    return this.info.commandType;
  }
  get Definition(): string {
    return this.info.definition;
  }
  get ModuleName(): string {
    return this.info.module;
  }
  get Source(): string {
    return this.info.commandType === 'Application' || this.info.commandType === 'ExternalScript' ? this.info.definition : this.info.module;
  }
  get Version(): Version | null {
    const v = MODULE_VERSIONS[this.info.module];
    return v ? Version.parse(v)! : null;
  }
  /** Name → parameter metadata (Name, ParameterType, Aliases, SwitchParameter), as CommandInfo.Parameters. */
  get Parameters(): Hashtable | null {
    const parameters = this.info.command?.parameters;
    if (!parameters) return null;
    return Hashtable.from(
      parameters.map((p) => [
        p.name,
        PSObject.fromEntries([
          ['Name', p.name],
          ['ParameterType', p.type],
          ['Aliases', p.aliases ?? []],
          ['SwitchParameter', /^(switch|System\.Management\.Automation\.SwitchParameter)$/i.test(p.type)],
        ]),
      ]),
      true,
    );
  }
  get DisplayName(): string {
    return this.info.commandType === 'Alias' ? `${this.info.name} -> ${this.info.definition}` : this.info.name;
  }
}

for (const [kind, fullName] of Object.entries(TYPE_NAMES)) {
  registerType({
    fullName,
    baseTypes: ['System.Management.Automation.CommandInfo'],
    isInstance: (v) => v instanceof CommandInfoObject && v.CommandType === kind,
    properties: (['Name', 'CommandType', 'Definition', 'DisplayName', 'ModuleName', 'Source', 'Version', 'Parameters'] as const).map((name) => ({
      name,
      get: (c: CommandInfoObject) => c[name],
    })),
    toString: (c: CommandInfoObject) => c.Name,
  });
}

interface Params {
  Name?: string[];
  Verb?: string[];
  Noun?: string[];
  Module?: string[];
  CommandType?: unknown;
  TotalCount?: number;
  All?: boolean;
  ListImported?: boolean;
  ArgumentList?: unknown[];
}

function matchesAny(patterns: string[] | undefined, text: string): boolean {
  return !patterns || patterns.some((p) => wildcardRegex(p, true).test(text));
}

function commandTypes(value: unknown): Set<string> | undefined {
  if (value === undefined || value === null) return undefined;
  return new Set(String(value).split(',').map((t) => t.trim().toLowerCase()));
}

function select(ctx: CommandContext<Params>): CommandInfo[] {
  const p = ctx.params;
  const types = commandTypes(p.CommandType);
  const all = ctx.session.listCommands();
  const byName = (c: CommandInfo) => {
    const dash = c.name.indexOf('-');
    const verb = dash > 0 ? c.name.slice(0, dash) : '';
    const noun = dash > 0 ? c.name.slice(dash + 1) : '';
    return matchesAny(p.Verb, verb) && matchesAny(p.Noun, noun) && matchesAny(p.Module, c.module);
  };
  return all.filter((c) => (!types || types.has('all') || types.has(c.commandType.toLowerCase())) && byName(c));
}

const GetCommand: CommandDefinition<Params> = {
  name: 'Get-Command',
  module: 'Microsoft.PowerShell.Core',
  implementingType: 'Microsoft.PowerShell.Commands.GetCommandCommand',
  defaultParameterSet: 'CmdletSet',
  supportsCommonParameters: true,
  parameters: [
    { name: 'Name', type: 'System.String[]', sets: [{ name: 'AllCommandSet', position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true }], validation: [{ kind: 'NotNullOrEmpty' }] },
    { name: 'Verb', type: 'System.String[]', sets: [{ name: 'CmdletSet', valueFromPipelineByPropertyName: true }] },
    { name: 'Noun', type: 'System.String[]', sets: [{ name: 'CmdletSet', valueFromPipelineByPropertyName: true }] },
    { name: 'Module', type: 'System.String[]', aliases: ['PSSnapin'], valueFromPipelineByPropertyName: true },
    { name: 'CommandType', type: 'System.String', aliases: ['Type'], sets: [{ name: 'AllCommandSet', valueFromPipelineByPropertyName: true }] },
    { name: 'TotalCount', type: 'System.Int32', valueFromPipelineByPropertyName: true },
    { name: 'ArgumentList', type: 'System.Object[]', aliases: ['Args'], position: 1, valueFromRemainingArguments: true, allowNull: true },
    { name: 'All', type: 'System.Management.Automation.SwitchParameter', valueFromPipelineByPropertyName: true },
    { name: 'ListImported', type: 'System.Management.Automation.SwitchParameter', valueFromPipelineByPropertyName: true },
  ],
  process(ctx) {
    const p = ctx.params;
    let found: CommandInfo[] = [];
    if (p.Name) {
      for (const name of p.Name) {
        if (!hasWildcard(name)) {
          const info = ctx.session.resolveCommand(name);
          if (info) found.push(info);
          else {
            ctx.writeError(ctx.newError('CommandNotFoundException', fmt(Msg.CommandNotFound, name), 'ObjectNotFound', name, 'System.Management.Automation.CommandNotFoundException'));
          }
          continue;
        }
        const re = wildcardRegex(name, true);
        found.push(...select(ctx).filter((c) => re.test(c.name)));
      }
    } else {
      found = select(ctx).filter((c) => c.commandType !== 'Application');
    }
    const ordered = p.Name && !p.Name.some(hasWildcard) ? found : [...found].sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
    const limit = p.TotalCount !== undefined && p.TotalCount >= 0 ? p.TotalCount : Infinity;
    for (const info of ordered.slice(0, limit)) ctx.writeObject(new CommandInfoObject(info));
  },
};

export default GetCommand;
