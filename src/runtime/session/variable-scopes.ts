// The scope tables the *-Variable cmdlets reach through the session handle: -Scope by name (Global, Script, Local,
// Private) or by number up the chain from the caller's scope, with pwsh's errors for a scope that does not exist.

import type { VariableScopeHandle, VariableHandle, AliasScopeHandle } from '../command-types';
import { PSVariable, Scope } from './scope';
import { runtimeError } from '../error-factory';
import { Msg, fmt } from '../messages';

function resolveScope(current: Scope, scopeArg: string | undefined): Scope {
  if (scopeArg === undefined) return current;
  const name = scopeArg.trim().toLowerCase();
  if (name === 'global') return current.global;
  if (name === 'script') return current.scriptScope;
  if (name === 'local' || name === 'private') return current;
  if (!/^\d+$/.test(name)) {
    throw runtimeError('Argument', Msg.InvalidScopeName, 'InvalidArgument', 'System.Management.Automation.PSArgumentException');
  }
  let s: Scope | undefined = current;
  for (let n = Number(name); n > 0 && s; n--) s = s.parent;
  if (!s) {
    throw runtimeError('ArgumentOutOfRange', fmt(Msg.ScopeNumberOutOfRange, name), 'InvalidArgument', 'System.Management.Automation.PSArgumentOutOfRangeException');
  }
  return s;
}

export function variableScopeHandle(current: Scope, scopeArg?: string): VariableScopeHandle {
  const scope = resolveScope(current, scopeArg);
  return {
    visible(): VariableHandle[] {
      const seen = new Map<string, PSVariable>();
      for (let s: Scope | undefined = scope; s; s = s.parent) {
        for (const [key, v] of s.vars) if (!seen.has(key) && (s === scope || !v.isPrivate)) seen.set(key, v);
      }
      return [...seen.values()];
    },
    lookup: (name) => scope.lookup(name.toLowerCase()),
    own: (name) => scope.vars.get(name.toLowerCase()),
    define(name, value, options = 'None', description = '') {
      const v = new PSVariable(name, value, options);
      v.description = description;
      scope.vars.set(name.toLowerCase(), v);
      return v;
    },
    remove: (name) => scope.vars.delete(name.toLowerCase()),
  };
}

export function aliasScopeHandle(current: Scope, scopeArg: string | undefined, builtIn: Array<[string, string]>): AliasScopeHandle {
  const scope = resolveScope(current, scopeArg);
  return {
    visible() {
      const seen = new Map<string, [string, string]>();
      for (let s: Scope | undefined = scope; s; s = s.parent) {
        for (const [k, target] of s.aliases) if (!seen.has(k)) seen.set(k, [s.aliasNames?.get(k) ?? k, target]);
      }
      for (const [name, target] of builtIn) if (!seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), [name, target]);
      return [...seen.values()];
    },
    own: (name) => scope.aliases.get(name.toLowerCase()),
    define: (name, target) => scope.setAlias(name, target),
    remove: (name) => scope.aliases.delete(name.toLowerCase()),
  };
}
