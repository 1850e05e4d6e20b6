// Session tables read through the runtime's SessionHandle, for a session that does not hand the providers its own
// tables (HasProviders.providerTables). Variables are reachable by name only, functions and aliases by listing.

import type { SessionHandle } from '../../runtime/command-types';
import type { SessionTable, SessionTables } from '../../runtime/providers-api';
import { PSObject } from '../../runtime/values/psobject';

function variableTable(s: SessionHandle): SessionTable {
  const item = (name: string) => PSObject.fromEntries([['Name', name], ['Value', s.getVariable(name)]], ['System.Management.Automation.PSVariable', 'System.Object']);
  return {
    list: () => [],
    get: (name) => (s.getVariable(name) === undefined ? undefined : item(name)),
    getValue: (name) => s.getVariable(name) ?? null,
    set: (name, value) => s.setVariable(name, value),
    remove: (name) => void s.removeVariable(name),
  };
}

function commandTable(s: SessionHandle, type: 'Function' | 'Alias'): SessionTable {
  const entries = () => s.listCommands().filter((c) => c.commandType === type);
  const find = (name: string) => entries().find((c) => c.name.toLowerCase() === name.toLowerCase());
  return {
    list: () => entries().map((c) => ({ name: c.name, item: c })),
    get: (name) => find(name),
    getValue: (name) => find(name)?.definition ?? null,
    set: () => undefined,
    remove: () => undefined,
  };
}

export function tablesOverHandle(s: SessionHandle): SessionTables {
  return { variables: variableTable(s), functions: commandTable(s, 'Function'), aliases: commandTable(s, 'Alias') };
}
