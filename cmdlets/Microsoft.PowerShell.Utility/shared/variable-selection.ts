// Name/-Include/-Exclude matching shared by the *-Variable cmdlets (wildcards, case-insensitive).

import type { CommandContext, VariableHandle, VariableScopeHandle } from '../../../src/runtime/command-types';
import { PSError } from '../../../src/runtime/values';
import { hasWildcard, wildcardRegex } from '../../../src/runtime/operators/regex';
import { fmt } from '../../../src/runtime/messages';
import { UtilityMsg } from '../messages';

export function nameFilter(include?: string[], exclude?: string[]): (v: VariableHandle) => boolean {
  const inc = include?.map((p) => wildcardRegex(p, true));
  const exc = exclude?.map((p) => wildcardRegex(p, true));
  return (v) => (!inc || inc.some((r) => r.test(v.name))) && !(exc && exc.some((r) => r.test(v.name)));
}

const OPTIONS: VariableHandle['options'][] = ['None', 'ReadOnly', 'Constant', 'Private', 'AllScope'];

/** A ScopedItemOptions argument as a variable option ('Unspecified' and unknown names are None). */
export function variableOption(value: unknown): VariableHandle['options'] {
  const text = String(value).toLowerCase();
  return OPTIONS.find((o) => o.toLowerCase() === text) ?? 'None';
}

/** The -Scope table; a bad scope becomes this cmdlet's terminating error, as pwsh reports it. */
export function scopeTable(ctx: CommandContext<{ Scope?: string }>): VariableScopeHandle {
  try {
    return ctx.session.variables(ctx.params.Scope);
  } catch (e) {
    if (e instanceof PSError) ctx.throwTerminatingError(e.record);
    throw e;
  }
}

/** The variables a -Name names in a table (all wildcard matches, or the one named), after -Include/-Exclude; a
 * plain name that matches nothing is pwsh's VariableNotFound error. */
export function matchingVariables(
  ctx: CommandContext<{ Include?: string[]; Exclude?: string[] }>,
  table: VariableScopeHandle,
  name: string,
): VariableHandle[] {
  const keep = nameFilter(ctx.params.Include, ctx.params.Exclude);
  if (hasWildcard(name)) return table.visible().filter((v) => wildcardRegex(name, true).test(v.name) && keep(v));
  const v = table.lookup(name);
  if (!v) {
    ctx.writeError(ctx.newError('VariableNotFound', fmt(UtilityMsg.VariableNotFound, name), 'ObjectNotFound', name, 'System.Management.Automation.ItemNotFoundException'));
    return [];
  }
  return keep(v) ? [v] : [];
}

/** Constants never change; read-only variables change only with -Force. For a protected variable this writes the
 * command's error (VariableNotWritable, or VariableNotRemovable for Remove-Variable) and returns true. */
export function refuseProtected(
  ctx: CommandContext<unknown>,
  v: VariableHandle,
  name: string,
  force: boolean | undefined,
  errorId: 'VariableNotWritable' | 'VariableNotRemovable',
): boolean {
  if (v.options !== 'Constant' && (v.options !== 'ReadOnly' || force)) return false;
  ctx.writeError(ctx.newError(errorId, fmt(UtilityMsg[errorId], name), 'WriteError', name, 'System.Management.Automation.SessionStateUnauthorizedAccessException'));
  return true;
}
