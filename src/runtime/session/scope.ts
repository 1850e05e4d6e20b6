// Variables and scopes. A Scope holds variables, functions and aliases; lookups walk to the parent (private
// variables are seen only in their own scope). The global scope is the root; a script file gets a script scope;
// each function call, script block invocation with & gets a new local scope.

import type { CompiledFunction } from './function-info';
import type { PSModuleInfo } from '../modules/module-info';

export type VariableOption = 'None' | 'ReadOnly' | 'Constant' | 'Private' | 'AllScope';

export class PSVariable {
  /** Type constraint from `[int]$x = ...`; later assignments convert to it. */
  typeConstraint?: string;
  /** Validation/transformation applied on assignment (parameter attributes on variables). */
  validate?: (value: unknown) => unknown;
  description = '';
  constructor(
    readonly name: string,
    public value: unknown,
    public options: VariableOption = 'None',
  ) {}
  get isPrivate(): boolean {
    return this.options === 'Private';
  }
  get isReadOnly(): boolean {
    return this.options === 'ReadOnly' || this.options === 'Constant';
  }
}

export class Scope {
  readonly vars = new Map<string, PSVariable>();
  private functionTable?: Map<string, CompiledFunction>;
  private aliasTable?: Map<string, string>;
  /** Functions defined in this scope (created on first definition: most scopes define none). */
  get functions(): Map<string, CompiledFunction> {
    return (this.functionTable ??= new Map());
  }
  get aliases(): Map<string, string> {
    return (this.aliasTable ??= new Map());
  }
  /** Alias names as they were spelled when defined, by lower-case name. */
  aliasNames?: Map<string, string>;
  /** Defines an alias in this scope. */
  setAlias(name: string, target: string): void {
    this.aliases.set(name.toLowerCase(), target);
    this.setAliasName(name);
  }
  setAliasName(name: string): void {
    (this.aliasNames ??= new Map()).set(name.toLowerCase(), name);
  }
  constructor(
    readonly parent: Scope | undefined,
    /** 'global' | 'script' | 'local' (a function or script block scope). */
    readonly kind: 'global' | 'script' | 'local',
    /** The script scope this scope belongs to (itself for a script scope; the global scope at the top). */
    scriptScope?: Scope,
  ) {
    this.scriptScope = scriptScope ?? (kind === 'local' ? parent?.scriptScope ?? this : this);
    this.module = parent?.module;
  }
  readonly scriptScope: Scope;
  /** The module whose session state this scope belongs to (undefined: the global session state). */
  module: PSModuleInfo | undefined;

  /** Finds a variable visible from this scope. */
  lookup(lname: string): PSVariable | undefined {
    const own = this.vars.get(lname);
    if (own) return own;
    for (let s = this.parent; s; s = s.parent) {
      const v = s.vars.get(lname);
      if (v && !v.isPrivate) return v;
    }
    return undefined;
  }

  lookupFunction(lname: string): CompiledFunction | undefined {
    for (let s: Scope | undefined = this; s; s = s.parent) {
      const f = s.functionTable?.get(lname);
      if (f) return f;
    }
    return undefined;
  }

  lookupAlias(lname: string): string | undefined {
    for (let s: Scope | undefined = this; s; s = s.parent) {
      const a = s.aliasTable?.get(lname);
      if (a !== undefined) return a;
    }
    return undefined;
  }

  get global(): Scope {
    let s: Scope = this;
    while (s.parent) s = s.parent;
    return s;
  }
}
