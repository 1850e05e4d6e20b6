// Common parameters (-ErrorAction, -WarningAction, -InformationAction, -Verbose, -Debug, -ErrorVariable,
// -OutVariable): for advanced functions they become preference variables in the function's scope; for cmdlets
// the cmdlet context reads them directly.

import type { BindState } from '../binder/bind';
import { SwitchParameter, EnumValue, ListValue } from '../values';
import { toStr } from '../convert';
import { setVariableIn } from '../compiler/variables';
import type { ExecContext } from '../compiler/context';
import { shouldProcessOverrides } from './should-process';

const ACTION_PREFS: Array<[string, string]> = [
  ['erroraction', 'ErrorActionPreference'],
  ['warningaction', 'WarningPreference'],
  ['informationaction', 'InformationPreference'],
  ['progressaction', 'ProgressPreference'],
];

/** Preference overrides implied by bound common parameters, by preference variable name. */
export function commonPreferenceOverrides(state: BindState): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = [];
  for (const [param, pref] of ACTION_PREFS) {
    if (state.bound.has(param)) out.push([pref, state.bound.get(param)]);
  }
  const verbose = state.bound.get('verbose');
  if (verbose instanceof SwitchParameter) out.push(['VerbosePreference', actionPreference(verbose.IsPresent ? 'Continue' : 'SilentlyContinue')]);
  const debug = state.bound.get('debug');
  if (debug instanceof SwitchParameter) out.push(['DebugPreference', actionPreference(debug.IsPresent ? 'Continue' : 'SilentlyContinue')]);
  return out;
}

export function actionPreference(name: string): EnumValue {
  const values: Record<string, number> = { SilentlyContinue: 0, Stop: 1, Continue: 2, Inquire: 3, Ignore: 4, Suspend: 5, Break: 6 };
  return new EnumValue('System.Management.Automation.ActionPreference', name, values[name]);
}

export function applyCommonParameters(ctx: ExecContext, state: BindState, _caller: ExecContext): void {
  for (const [name, value] of [...commonPreferenceOverrides(state), ...shouldProcessOverrides(state)]) setVariableIn(ctx.scope, name, value);
}

/** A variable named by -ErrorVariable/-OutVariable ('+name' appends). Returns the list to add to. */
export function captureVariable(ctx: ExecContext, spec: unknown): ListValue | undefined {
  if (spec === undefined || spec === null) return undefined;
  let name = toStr(spec);
  const append = name.startsWith('+');
  if (append) name = name.slice(1);
  const existing = ctx.scope.lookup(name.toLowerCase())?.value;
  if (append && existing instanceof ListValue) return existing;
  const list = new ListValue('System.Collections.ArrayList', undefined, append && existing != null ? (Array.isArray(existing) ? [...existing] : [existing]) : []);
  setVariableIn(ctx.scope, name, list);
  return list;
}
