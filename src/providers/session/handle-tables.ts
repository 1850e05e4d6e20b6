// Session tables read through the runtime's SessionHandle, for a session that does not hand the providers its own
// tables (HasProviders.providerTables): variables through its scope handle (the PSVariable objects themselves),
// functions and aliases through the command listing.

import type { SessionHandle } from '../../runtime/command-types';
import type { SessionTable, SessionTables } from '../../runtime/providers-api';
import { toStr } from '../../runtime/convert';

/**
 * Tables that read through the session of the command now calling a provider: variables and functions are seen
 * from the caller's scope (a script's `$x` lives in its script scope). The engine is synchronous, so the latest
 * caller is the active one; before any command runs, the session the tables were made with answers.
 */
export interface CallerScopedTables extends SessionTables {
  setCaller(session: SessionHandle): void;
}

function variableTable(session: () => SessionHandle): SessionTable {
  return {
    list: () => session().variables().visible().map((v) => ({ name: v.name, item: v })),
    get: (name) => session().variables().lookup(name),
    getValue: (name) => session().variables().lookup(name)?.value ?? null,
    set: (name, value) => session().setVariable(name, value),
    remove: (name) => void session().removeVariable(name),
  };
}

function commandTable(session: () => SessionHandle, type: 'Function' | 'Alias'): SessionTable {
  const entries = () => session().listCommands().filter((c) => c.commandType === type);
  const find = (name: string) => entries().find((c) => c.name.toLowerCase() === name.toLowerCase());
  return {
    list: () => entries().map((c) => ({ name: c.name, item: c })),
    get: (name) => find(name),
    getValue: (name) => find(name)?.definition ?? null,
    // Aliases are written through the caller's alias scope; the handle has no function definitions to write.
    set: (name, value) => (type === 'Alias' ? session().aliases().define(name, toStr(value)) : undefined),
    remove: (name) => (type === 'Alias' ? void session().aliases().remove(name) : undefined),
  };
}

export function tablesOverHandle(initial: SessionHandle): CallerScopedTables {
  let caller = initial;
  const session = () => caller;
  return {
    variables: variableTable(session),
    functions: commandTable(session, 'Function'),
    aliases: commandTable(session, 'Alias'),
    setCaller: (s) => {
      caller = s;
    },
  };
}
