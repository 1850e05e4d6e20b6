// Variable reads and writes with scope qualifiers ($global: $script: $local: $private:) and the env:, variable:
// and function: drives. $true/$false/$null are constants; $? and $PWD are computed.

import type { VariablePath } from '../../parser/ast';
import { PSVariable, Scope } from '../session/scope';
import type { ExecContext, Expr } from './context';
import { AutomationNull } from '../values';
import { convertTo, toStr } from '../convert';
import { runtimeError } from '../error-factory';
import { Msg, fmt } from '../messages';

function scopeFor(ctx: ExecContext, qualifier: string | undefined): Scope {
  switch (qualifier) {
    case 'global':
      return ctx.scope.global;
    case 'script':
      return ctx.scope.scriptScope;
    default:
      return ctx.scope;
  }
}

/** Reads a variable by unqualified name from the current scope chain ($null when unset). */
export function readVariable(ctx: ExecContext, name: string): unknown {
  const v = ctx.scope.lookup(name.toLowerCase());
  return v === undefined ? computed(ctx, name) : v.value;
}

function computed(ctx: ExecContext, name: string): unknown {
  const lname = name.toLowerCase();
  switch (lname) {
    case '?':
      return ctx.engine.lastStatus;
    case 'pwd':
      return ctx.engine.currentLocationObject();
    case 'psitem':
      return readVariable(ctx, '_');
    default:
      if (ctx.engine.strictVersion >= 1) {
        throw runtimeError('VariableIsUndefined', fmt(Msg.VariableIsUndefined, name), 'InvalidOperation', 'System.Management.Automation.RuntimeException', name);
      }
      return null;
  }
}

export function compileVariableRead(path: VariablePath): Expr {
  const name = path.unqualifiedPath;
  const lname = name.toLowerCase();
  const drive = path.driveName?.toLowerCase();
  if (drive === 'env') return () => {
    const v = process.env[name];
    return v === undefined ? null : v;
  };
  if (drive === 'variable') return (ctx) => readVariable(ctx, name);
  if (drive === 'function') return (ctx) => ctx.scope.lookupFunction(lname)?.body ?? null;
  if (drive) return (ctx) => ctx.engine.readDriveItem(path.driveName!, name);
  if (!path.scope || path.scope === 'local' || path.scope === 'private' || path.scope === 'using') {
    switch (lname) {
      case 'true':
        return () => true;
      case 'false':
        return () => false;
      case 'null':
        return () => null;
    }
    if (path.scope === 'local' || path.scope === 'private') return (ctx) => ctx.scope.vars.get(lname)?.value ?? null;
    return (ctx) => {
      const v = ctx.scope.lookup(lname);
      return v === undefined ? computed(ctx, name) : v.value;
    };
  }
  const qualifier = path.scope;
  return (ctx) => {
    const s = scopeFor(ctx, qualifier);
    return s.lookup(lname)?.value ?? null;
  };
}

/** Stores into a variable object, applying its type constraint and read-only check. */
export function storeInto(v: PSVariable, value: unknown): void {
  if (v.isReadOnly) throw runtimeError('VariableNotWritable', fmt(Msg.VariableIsReadOnly, v.name), 'WriteError', 'System.Management.Automation.SessionStateUnauthorizedAccessException', v.name);
  if (value === AutomationNull) value = null;
  if (v.typeConstraint) value = convertTo(value, v.typeConstraint);
  if (v.validate) value = v.validate(value);
  v.value = value;
}

/** Sets a variable in the given scope (creating it there). */
export function setVariableIn(scope: Scope, name: string, value: unknown, typeConstraint?: string): PSVariable {
  const lname = name.toLowerCase();
  let v = scope.vars.get(lname);
  if (!v) {
    v = new PSVariable(name, null);
    scope.vars.set(lname, v);
  }
  if (typeConstraint) v.typeConstraint = typeConstraint;
  storeInto(v, value);
  return v;
}

/** Runs `body` with fresh variables set in `scope`, then puts back the ones the scope held (or removes them), so the
 * caller's $_ keeps its value after a catch block, trap, switch or ForEach-Object, as in pwsh. */
export function withVariablesIn<T>(scope: Scope, values: Record<string, unknown>, body: () => T): T {
  const saved = Object.keys(values).map((name) => [name, scope.vars.get(name)] as const);
  for (const [name, value] of Object.entries(values)) {
    scope.vars.delete(name);
    setVariableIn(scope, name, value);
  }
  try {
    return body();
  } finally {
    for (const [name, variable] of saved) {
      if (variable) scope.vars.set(name, variable);
      else scope.vars.delete(name);
    }
  }
}

/** withVariablesIn for $_ and $args, the pair every per-item callback sets (without its allocations). */
export function withUnderAndArgs(scope: Scope, dollarUnder: unknown, args: unknown[], body: () => void): void {
  const vars = scope.vars;
  const savedUnder = vars.get('_');
  const savedArgs = vars.get('args');
  vars.delete('_');
  vars.delete('args');
  setVariableIn(scope, '_', dollarUnder);
  setVariableIn(scope, 'args', args);
  try {
    body();
  } finally {
    if (savedUnder) vars.set('_', savedUnder);
    else vars.delete('_');
    if (savedArgs) vars.set('args', savedArgs);
    else vars.delete('args');
  }
}

/** `$path = value` (and `[T]$path = value` with a type constraint). */
export function assignVariable(ctx: ExecContext, path: VariablePath, value: unknown, typeConstraint?: string): void {
  const name = storedName(path);
  const drive = path.driveName?.toLowerCase();
  if (drive === 'env') {
    if (value === null || value === AutomationNull || value === '') delete process.env[name];
    else process.env[name] = toStr(value);
    return;
  }
  if (drive && drive !== 'variable') {
    ctx.engine.writeDriveItem(path.driveName!, name, value);
    return;
  }
  const lname = name.toLowerCase();
  if (lname === '?' || lname === 'true' || lname === 'false' || lname === 'null') {
    if (lname === 'null') return;
    throw runtimeError('VariableNotWritable', fmt(Msg.VariableIsReadOnly, name), 'WriteError', 'System.Management.Automation.SessionStateUnauthorizedAccessException', name);
  }
  const scope = scopeFor(ctx, path.scope);
  // Without a qualifier, an existing variable in this scope is updated; otherwise a new local one is made.
  const existing = scope.vars.get(lname);
  if (existing && !typeConstraint) {
    storeInto(existing, value);
    return;
  }
  const v = setVariableIn(scope, name, value, typeConstraint);
  if (path.scope === 'private') v.options = 'Private';
}

/** Finds the variable object an assignment like `$x += 1` updates (the visible one, else a new local). */
export function variableForUpdate(ctx: ExecContext, path: VariablePath): PSVariable | undefined {
  if (path.driveName && path.driveName.toLowerCase() !== 'variable') return undefined;
  const scope = scopeFor(ctx, path.scope);
  return scope.lookup(storedName(path).toLowerCase());
}

/** The name a variable is stored under: `$PSItem` is `$_` itself, as pwsh's compiler treats it. */
function storedName(path: VariablePath): string {
  return !path.driveName && path.unqualifiedPath.toLowerCase() === 'psitem' ? '_' : path.unqualifiedPath;
}
