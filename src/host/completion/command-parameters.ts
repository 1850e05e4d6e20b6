// A command's parameters as completion sees them, and which of them the typed arguments already bind (pwsh's
// PseudoParameterBinder, reduced to what completion needs): named arguments by name, alias or unique prefix;
// positional words by position; pipeline input to the parameter taking it by value; the parameter sets left
// possible. All orders and rules compared with pwsh 7.6.9's completions.

import type { CommandDefinition, ParameterDefinition, ParameterSetMembership, SessionHandle } from '../../runtime/command-types';
import type { DynamicParameterSource } from '../../runtime/providers-api';
import { ALL_SETS } from '../../runtime/binder/metadata';
import { orderedParameters } from './parameter-order';
import type { TypedArguments } from './command-line';

export interface CommandParameter {
  name: string;
  type: string;
  aliases: string[];
  sets: ParameterSetMembership[];
  validation?: ParameterDefinition['validation'];
  isSwitch: boolean;
}

const isSwitchType = (type: string) => /^(switch|System\.Management\.Automation\.SwitchParameter)$/i.test(type);

function membershipOf(p: ParameterDefinition): ParameterSetMembership[] {
  return p.sets && p.sets.length ? p.sets : [{ name: ALL_SETS, position: p.position, mandatory: p.mandatory, valueFromPipeline: p.valueFromPipeline }];
}

function fromDefinition(p: ParameterDefinition): CommandParameter {
  return { name: p.name, type: p.type, aliases: p.aliases ?? [], sets: membershipOf(p), validation: p.validation, isSwitch: isSwitchType(p.type) };
}

/** The dynamic parameters the command would have for the path typed so far (the current location's without one). */
export function dynamicParameters(def: CommandDefinition, typed: Pick<TypedArguments, 'values' | 'positional'>, session: SessionHandle): ParameterDefinition[] {
  const source = def as CommandDefinition & DynamicParameterSource;
  if (!source.dynamicParameters) return [];
  const literal = typed.values.get('literalpath') ?? typed.values.get('lp') ?? typed.values.get('pspath');
  const pathValue = literal ?? typed.values.get('path') ?? typed.positional[0];
  const bound: Record<string, unknown> = {};
  if (pathValue !== undefined) bound[literal !== undefined ? 'LiteralPath' : 'Path'] = [pathValue];
  try {
    return source.dynamicParameters(bound, session);
  } catch {
    return [];
  }
}

/** Every parameter in pwsh's listing order: own, -WhatIf/-Confirm, the provider's, the common ones. */
export function commandParameters(def: CommandDefinition, typed: TypedArguments, session: SessionHandle): CommandParameter[] {
  const { own, shouldProcess, dynamic, common } = orderedParameters(def, dynamicParameters(def, typed, session));
  return [...own, ...shouldProcess].map((p) => fromDefinition(p.def)).concat(dynamic.map(fromDefinition), common.map((p) => fromDefinition(p.def)));
}

/** The parameter a typed name means: exact name or alias, else the only one it is a prefix of. */
export function resolveParameter(parameters: CommandParameter[], typedName: string): CommandParameter | undefined {
  const n = typedName.toLowerCase();
  const exact = parameters.find((p) => p.name.toLowerCase() === n || p.aliases.some((a) => a.toLowerCase() === n));
  if (exact) return exact;
  const prefixed = parameters.filter((p) => p.name.toLowerCase().startsWith(n));
  return prefixed.length === 1 ? prefixed[0] : undefined;
}

function membershipIn(p: CommandParameter, set: string): ParameterSetMembership | undefined {
  return p.sets.find((s) => s.name === set) ?? p.sets.find((s) => s.name === ALL_SETS);
}

export interface Binding {
  bound: Set<CommandParameter>;
  /** Whether a parameter could still be given: not bound and in a parameter set the bound ones leave open. */
  open(p: CommandParameter): boolean;
}

/** The parameter sets every bound parameter belongs to (undefined while none of them narrows it down). */
function setsLeft(bound: Set<CommandParameter>): Set<string> | undefined {
  let allowed: Set<string> | undefined;
  for (const p of bound) {
    if (p.sets.some((s) => s.name === ALL_SETS)) continue;
    const names = new Set(p.sets.map((s) => s.name));
    allowed = allowed ? new Set([...allowed].filter((n) => names.has(n))) : names;
  }
  return allowed;
}

/** The parameter a further positional word would bind to (the word being completed, when it is not named). */
export function nextPositional(def: CommandDefinition, parameters: CommandParameter[], typed: TypedArguments): CommandParameter | undefined {
  const before = pseudoBind(def, parameters, typed, false).bound;
  const after = pseudoBind(def, parameters, { ...typed, positional: [...typed.positional, ''] }, false).bound;
  return [...after].find((p) => !before.has(p));
}

/** The lowest position a parameter has in the sets still open (undefined when it is not positional there). */
function positionIn(p: CommandParameter, open: Set<string> | undefined): number | undefined {
  const positions = p.sets
    .filter((s) => s.position !== undefined && (!open || s.name === ALL_SETS || open.has(s.name)))
    .map((s) => s.position!);
  return positions.length ? Math.min(...positions) : undefined;
}

/**
 * What the typed arguments (and pipeline input, when the command is not first in its pipeline) bind: named ones
 * first, then positional words in order of position across the sets the named ones leave open (Get-Command's
 * first word is -Name, position 0 of its other set), then pipeline input to a by-value parameter.
 */
export function pseudoBind(def: CommandDefinition, parameters: CommandParameter[], typed: TypedArguments, fromPipeline: boolean): Binding {
  const bound = new Set<CommandParameter>();
  for (const name of typed.named) {
    const p = resolveParameter(parameters, name);
    if (p) bound.add(p);
  }
  const named = setsLeft(bound);
  const positional = parameters
    .filter((p) => !p.isSwitch && positionIn(p, named) !== undefined)
    .sort((a, b) => positionIn(a, named)! - positionIn(b, named)!);
  let next = 0;
  for (let i = 0; i < typed.positional.length; i++) {
    while (next < positional.length && bound.has(positional[next])) next++;
    if (next < positional.length) bound.add(positional[next++]);
  }
  if (fromPipeline) {
    const defaultSet = def.defaultParameterSet ?? ALL_SETS;
    const open = setsLeft(bound);
    const set = !open || open.has(defaultSet) ? defaultSet : [...open][0];
    const byValue = parameters.find((p) => !bound.has(p) && membershipIn(p, set)?.valueFromPipeline);
    if (byValue) bound.add(byValue);
  }
  const allowed = setsLeft(bound);
  return {
    bound,
    open: (p) => !bound.has(p) && (!allowed || p.sets.some((s) => s.name === ALL_SETS || allowed.has(s.name))),
  };
}
