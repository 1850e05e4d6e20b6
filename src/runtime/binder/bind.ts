// The parameter binder: named arguments (exact, unique prefix, alias), positional arguments, parameter-set
// resolution, type conversion, validation, mandatory checks and pipeline input (by value, then by property name).
// Errors carry pwsh's ParameterBinderStrings texts, ids and categories (BindingError).

import { AutomationNull, Hashtable, ListValue, SwitchParameter, ScriptBlock, isNull, getMember, toDisplayString, typeNameOf, typeHierarchyOf } from '../values';
import { convertTo, canonicalTypeName, toBool, toStr, ConversionError } from '../convert';
import { BinderMsg, Msg, fmt } from '../messages';
import { ruleFailure } from './validation';
import { ALL_SETS, BinderMetadata, BinderParameter } from './metadata';
import { ArgumentTransformationFailure } from '../command-types';
import type { ErrorCategory } from '../values';

/** One argument as written: `-Name`, `-Name:value`, a value, or a splatted entry. */
export type CommandArgument =
  | { kind: 'parameter'; name: string; value?: unknown; hasValue: boolean; text: string; fromSplat?: boolean; extent?: unknown; spaceAfter?: boolean }
  | { kind: 'value'; value: unknown; text?: string; extent?: unknown; fromSplat?: boolean; quoted?: boolean; arrayText?: string; numberText?: string };

export class BindingError extends Error {
  constructor(
    readonly errorId: string,
    message: string,
    readonly category: ErrorCategory,
    readonly exceptionType: string,
    /** The argument's source extent, when the error is about one argument. */
    readonly extent?: unknown,
  ) {
    super(message);
  }
}

const PBE = 'System.Management.Automation.ParameterBindingException';
const PBVE = 'System.Management.Automation.ParameterBindingValidationException';
const PBTE = 'System.Management.Automation.ParameterBindingArgumentTransformationException';

export interface BindState {
  meta: BinderMetadata;
  bound: Map<string, unknown>;
  /** Parameters bound from the command line (not pipeline). */
  boundByArgs: Set<string>;
  /** Candidate parameter sets still possible. */
  sets: string[];
  /** Arguments no parameter took (simple functions: $args). */
  remaining: unknown[];
  /** True for script functions (conversion errors are "transformation" errors). */
  isScript: boolean;
  /** An unknown parameter name: reported after the mandatory-parameter check, as pwsh does. */
  deferred?: BindingError;
  /** The sets pipeline input may still choose between (set once the arguments are bound, see pipeline-input.ts). */
  pipelineSets?: string[];
  /** Parameters the previous input object bound: unbound again before the next one. */
  pipelineBound?: string[];
  /** Whether pipeline input will come (a script block argument may then be delay-bound). */
  expectingInput: boolean;
  /** Delay-bound script block arguments: run for each input object, their output bound (see pipeline-input.ts). */
  delayed: Map<string, { block: ScriptBlock; extent?: unknown }>;
}

function key(p: BinderParameter): string {
  return p.key;
}

/** Finds the parameter a name refers to. */
export function matchParameter(meta: BinderMetadata, name: string, extent?: unknown): BinderParameter | undefined {
  const lname = name.toLowerCase();
  const exact = meta.parameters.find((p) => p.name.toLowerCase() === lname || p.aliases.some((a) => a.toLowerCase() === lname));
  if (exact) return exact;
  // pwsh lists the parameters whose names match first, then those matched by an alias (`-P`: ... -LiteralPath via PSPath)
  const byName = meta.parameters.filter((p) => p.name.toLowerCase().startsWith(lname));
  const byAlias = meta.parameters.filter((p) => !byName.includes(p) && p.aliases.some((a) => a.toLowerCase().startsWith(lname)));
  const matches = [...byName, ...byAlias];
  if (matches.length === 1) return matches[0];
  if (matches.length > 1) {
    const own = matches.filter((p) => !p.isCommon);
    if (own.length === 1) return own[0];
    throw new BindingError('AmbiguousParameter', fmt(BinderMsg.AmbiguousParameter, name, matches.map((p) => ' -' + p.name).join('')), 'InvalidArgument', PBE, extent);
  }
  return undefined;
}

function inSets(p: BinderParameter, sets: string[]): boolean {
  return p.sets.some((s) => s.name === ALL_SETS || sets.includes(s.name));
}

function membershipFor(p: BinderParameter, set: string) {
  return p.sets.find((s) => s.name === set) ?? p.sets.find((s) => s.name === ALL_SETS);
}

/** Converts and validates a value for a parameter; throws BindingError. */
export function coerce(state: BindState, p: BinderParameter, value: unknown, extent?: unknown): unknown {
  if (value === AutomationNull) value = null;
  if (p.def.transformArgument && value !== null) value = transformArgument(p, value, extent);
  const type = p.type.toLowerCase();
  let v: unknown;
  if (p.isSwitch) {
    if (value instanceof SwitchParameter) v = value;
    else if (typeof value === 'boolean' || typeof value === 'number' || value === null) v = new SwitchParameter(toBool(value));
    else if (typeNameOf(value)?.match(/Int|Double|Decimal/)) v = new SwitchParameter(toBool(value));
    else {
      const inner = fmt(BinderMsg.SwitchConversion, typeNameOf(value));
      throw new BindingError('ParameterArgumentTransformationError', fmt(BinderMsg.ParameterArgumentTransformationError, p.name, inner), 'InvalidData', PBTE, extent);
    }
  } else if (type === 'object' || type === 'psobject' || type === 'system.object' || type === 'system.management.automation.psobject') {
    v = value;
  } else if (type === 'scriptblock' && value instanceof ScriptBlock) {
    v = value;
  } else {
    const target = canonicalTypeName(p.type);
    try {
      if (!state.isScript && !target.endsWith('[]') && target !== 'System.String' && Array.isArray(value) && value.length !== 1 && !isDictionaryType(target)) {
        throw new BindingError('CannotConvertArgument', fmt(BinderMsg.CannotConvertArgument, typeNameOf(value), target, p.name, BinderMsg.NotSupported), 'InvalidArgument', PBE, extent);
      }
      // pwsh turns $null into '' for a [string] parameter (so mandatory ones report "empty string").
      v = value === null ? (target === 'System.String' ? '' : null) : convertTo(value, target);
    } catch (e) {
      if (e instanceof ConversionError) {
        const msg = e.record.exception.message;
        if (state.isScript) throw new BindingError('ParameterArgumentTransformationError', fmt(BinderMsg.ParameterArgumentTransformationError, p.name, msg), 'InvalidData', PBTE, extent);
        throw new BindingError('CannotConvertArgumentNoMessage', fmt(BinderMsg.CannotConvertArgumentNoMessage, p.name, msg), 'InvalidArgument', PBE, extent);
      }
      throw e;
    }
  }
  validate(state, p, v, extent);
  return v;
}

function transformArgument(p: BinderParameter, value: unknown, extent?: unknown): unknown {
  try {
    return p.def.transformArgument!(value);
  } catch (e) {
    if (!(e instanceof ArgumentTransformationFailure)) throw e;
    throw new BindingError('ParameterArgumentTransformationError', fmt(BinderMsg.ParameterArgumentTransformationError, p.name, e.message), 'InvalidData', PBTE, extent);
  }
}

function isDictionaryType(t: string): boolean {
  return t === 'System.Collections.Hashtable' || t === 'System.Collections.IDictionary' || t.startsWith('System.Collections.Generic.Dictionary');
}

function validationError(p: BinderParameter, text: string, extent?: unknown): BindingError {
  return new BindingError('ParameterArgumentValidationError', fmt(BinderMsg.ParameterArgumentValidationError, p.name, text), 'InvalidData', PBVE, extent);
}

function validate(state: BindState, p: BinderParameter, v: unknown, extent?: unknown): void {
  const mandatory = p.sets.some((s) => s.mandatory);
  if (mandatory && !p.def.allowNull) {
    // Only a string parameter (or a string array's elements) refuses an empty string, as pwsh's binder does.
    const type = canonicalTypeName(p.type);
    const refusesEmpty = !p.def.allowEmptyString && (type === 'System.String' || type === 'System.String[]');
    if (v === null) throw new BindingError('ParameterArgumentValidationErrorNullNotAllowed', fmt(BinderMsg.NullNotAllowed, p.name), 'InvalidData', PBVE, extent);
    if (v === '' && refusesEmpty) throw new BindingError('ParameterArgumentValidationErrorEmptyStringNotAllowed', fmt(BinderMsg.EmptyStringNotAllowed, p.name), 'InvalidData', PBVE, extent);
    if (Array.isArray(v) && v.length === 0 && !p.def.allowEmptyCollection) throw new BindingError('ParameterArgumentValidationErrorEmptyArrayNotAllowed', fmt(BinderMsg.EmptyArrayNotAllowed, p.name), 'InvalidData', PBVE, extent);
    // A collection parameter checks each element too (an untyped one takes the array as one object).
    if (Array.isArray(v) && canonicalTypeName(p.type).endsWith('[]')) {
      for (const x of v) {
        if (x === null) throw new BindingError('ParameterArgumentValidationErrorNullNotAllowed', fmt(BinderMsg.NullNotAllowed, p.name), 'InvalidData', PBVE, extent);
        if (x === '' && refusesEmpty) throw new BindingError('ParameterArgumentValidationErrorEmptyStringNotAllowed', fmt(BinderMsg.EmptyStringNotAllowed, p.name), 'InvalidData', PBVE, extent);
      }
    }
  }
  for (const rule of p.def.validation ?? []) {
    const failure = ruleFailure(rule, v, p.type);
    if (failure !== undefined) throw validationError(p, failure, extent);
  }
}

function narrowSets(state: BindState, p: BinderParameter): void {
  if (p.sets.some((s) => s.name === ALL_SETS)) return;
  const names = p.sets.map((s) => s.name);
  const next = state.sets.filter((s) => names.includes(s));
  if (next.length === 0) throw new BindingError('AmbiguousParameterSet', BinderMsg.AmbiguousParameterSet, 'InvalidArgument', PBE);
  state.sets = next;
}

/** pwsh's IsParameterScriptBlockBindable: the parameter takes a script block as it is. */
function takesScriptBlock(p: BinderParameter): boolean {
  const t = canonicalTypeName(p.type).replace(/\[\]$/, '');
  return t === 'System.Object' || t === 'System.Management.Automation.PSObject' || t === 'System.Management.Automation.ScriptBlock';
}

/** A script block given to a parameter that takes pipeline input (and not a script block) is delay-bound: it runs for
 * each input object, with $_ set to it (`Rename-Item -NewName { $_.Name + '.bak' }`). */
function delayBind(state: BindState, p: BinderParameter, block: ScriptBlock, extent?: unknown): void {
  if (!state.expectingInput) {
    throw new BindingError('ScriptBlockArgumentNoInput', fmt(Msg.ScriptBlockArgumentNoInput, p.name), 'MetadataError', PBE, extent);
  }
  narrowSets(state, p);
  state.bound.set(key(p), block);
  state.boundByArgs.add(key(p));
  state.delayed.set(key(p), { block, extent });
}

function bindValue(state: BindState, p: BinderParameter, value: unknown, extent?: unknown, byArgs = true): void {
  if (byArgs && value instanceof ScriptBlock && !takesScriptBlock(p) && p.sets.some((s) => (s.name === ALL_SETS || state.sets.includes(s.name)) && (s.valueFromPipeline || s.valueFromPipelineByPropertyName))) {
    delayBind(state, p, value, extent);
    return;
  }
  const v = coerce(state, p, value, extent);
  narrowSets(state, p);
  state.bound.set(key(p), v);
  if (byArgs) state.boundByArgs.add(key(p));
}

function argText(a: CommandArgument): string {
  if (a.kind === 'parameter') return a.text;
  return a.text ?? toDisplayString(a.value);
}

/** Binds command-line arguments (named, then positional). Pipeline input is bound later per object. */
export function bindArguments(meta: BinderMetadata, args: CommandArgument[], isScript: boolean, expectingInput = false): BindState {
  const state: BindState = {
    meta,
    bound: new Map(),
    boundByArgs: new Set(),
    sets: meta.setNames.length ? [...meta.setNames] : [ALL_SETS],
    remaining: [],
    isScript,
    expectingInput,
    delayed: new Map(),
  };
  // Explicit arguments win over splatted ones: splatted entries go last and skip parameters already bound.
  const ordered = [...args.filter((a) => !a.fromSplat), ...args.filter((a) => a.fromSplat)];
  const positional: CommandArgument[] = [];
  const unknown: Array<[number, unknown]> = [];
  const order = new Map<CommandArgument, number>();
  ordered.forEach((a, i) => order.set(a, i));
  /** Keeps the unknown `-name` at `i` as text, with its value (attached, or the next argument); returns the last index used. */
  const keepUnknown = (i: number): number => {
    const a = ordered[i] as Extract<CommandArgument, { kind: 'parameter' }>;
    unknown.push([i, a.text]);
    if (a.hasValue) unknown.push([i, a.value]);
    else if (ordered[i + 1]?.kind === 'value') {
      i++;
      unknown.push([i, (ordered[i] as { value: unknown }).value]);
    }
    return i;
  };
  for (let i = 0; i < ordered.length; i++) {
    const a = ordered[i];
    if (a.kind === 'value') {
      positional.push(a);
      continue;
    }
    const p = matchParameter(meta, a.name, a.extent);
    if (!p && meta.strict) {
      // A command that takes remaining arguments gets an unknown -name (and its value) there (Write-Output -Bogus).
      if (meta.parameters.some((x) => x.sets.some((s) => s.valueFromRemainingArguments))) {
        i = keepUnknown(i);
        continue;
      }
      state.deferred ??= new BindingError('NamedParameterNotFound', fmt(BinderMsg.NamedParameterNotFound, a.name), 'InvalidArgument', PBE, a.extent);
      if (!a.hasValue && ordered[i + 1]?.kind === 'value') i++;
      continue;
    }
    if (!p) {
      // Simple functions: an unknown -name goes to $args as text, together with the value after it.
      i = keepUnknown(i);
      continue;
    }
    if (state.bound.has(key(p))) {
      if (a.fromSplat) {
        if (!p.isSwitch && !a.hasValue && ordered[i + 1]?.kind === 'value') i++;
        continue;
      }
      throw new BindingError('ParameterAlreadyBound', fmt(BinderMsg.ParameterAlreadyBound, p.name), 'InvalidArgument', PBE, a.extent);
    }
    let value: unknown;
    let valueExtent = a.extent;
    if (a.hasValue) value = a.value;
    else if (p.isSwitch) value = true;
    else {
      const next = ordered[i + 1];
      if (!next || next.kind !== 'value' || next.fromSplat !== a.fromSplat) {
        throw new BindingError('MissingArgument', fmt(BinderMsg.MissingArgument, p.name, canonicalTypeName(p.type)), 'InvalidArgument', PBE, a.extent);
      }
      value = next.value;
      valueExtent = next.extent;
      i++;
    }
    bindValue(state, p, value, valueExtent);
  }
  const leftovers = bindPositional(state, positional);
  // Whatever no parameter took, in command-line order: the ValueFromRemainingArguments parameter, else $args.
  const rest = [...unknown, ...leftovers.map((a): [number, unknown] => [order.get(a)!, a.kind === 'value' ? a.value : a.text])]
    .sort((x, y) => x[0] - y[0])
    .map(([, v]) => v);
  if (!rest.length) return state;
  const remainingParam = meta.parameters.find((p) => p.sets.some((s) => s.valueFromRemainingArguments) && inSets(p, state.sets));
  if (remainingParam && !state.bound.has(key(remainingParam))) {
    const many = remainingParam.type.endsWith('[]') || remainingParam.type === 'object';
    // A single collection argument is taken as the whole list.
    const value = rest.length === 1 && (Array.isArray(rest[0]) || !many) ? rest[0] : rest;
    bindValue(state, remainingParam, value);
    return state;
  }
  if (meta.strict) {
    const first = leftovers[0];
    throw new BindingError('PositionalParameterNotFound', fmt(BinderMsg.PositionalParameterNotFound, first ? argText(first) : toDisplayString(rest[0])), 'InvalidArgument', PBE);
  }
  state.remaining.push(...rest);
  return state;
}

/** Unbound positional parameters of the candidate sets, grouped by position (lowest first). */
function positionalGroups(state: BindState, exclude?: BinderParameter): BinderParameter[][] {
  const byPos = new Map<number, BinderParameter[]>();
  for (const p of state.meta.parameters) {
    if (p === exclude || state.bound.has(key(p)) || p.isCommon) continue;
    const positions = p.sets.filter((s) => (s.name === ALL_SETS || state.sets.includes(s.name)) && s.position !== undefined).map((s) => s.position!);
    if (!positions.length) continue;
    const pos = Math.min(...positions);
    const list = byPos.get(pos) ?? [];
    list.push(p);
    byPos.set(pos, list);
  }
  const defaultFirst = (p: BinderParameter) => (p.sets.some((s) => s.name === state.meta.defaultSet || s.name === ALL_SETS) ? 0 : 1);
  return [...byPos.entries()].sort((a, b) => a[0] - b[0]).map(([, ps]) => ps.sort((x, y) => defaultFirst(x) - defaultFirst(y)));
}

/** Binds a positional value to the first parameter at the lowest position that accepts it (pwsh tries each set). */
function bindAtPosition(state: BindState, group: BinderParameter[], a: CommandArgument): void {
  const value = a.kind === 'value' ? a.value : undefined;
  let first: unknown;
  // pwsh's first pass binds without conversion: a parameter whose type the value already has wins.
  const exact = group.filter((p) => takesAsIs(p, value));
  const ordered = [...exact, ...group.filter((p) => !exact.includes(p))];
  for (const p of ordered) {
    try {
      bindValue(state, p, value, a.extent);
      return;
    } catch (e) {
      if (!(e instanceof BindingError) || group.length === 1) throw e;
      first ??= e;
    }
  }
  throw first;
}

function takesAsIs(p: BinderParameter, value: unknown): boolean {
  const t = canonicalTypeName(p.type);
  if (t === 'System.Object' || t === 'System.Management.Automation.PSObject') return false;
  if (t.endsWith('[]')) return Array.isArray(value) && (t === 'System.Object[]' || typeNameOf(value) === t);
  return typeHierarchyOf(value).includes(t);
}

/** Binds positional arguments; returns those left for $args (simple functions). */
function bindPositional(state: BindState, positional: CommandArgument[]): CommandArgument[] {
  const remainingParam = state.meta.parameters.find((p) => p.sets.some((s) => s.valueFromRemainingArguments));
  const leftovers: CommandArgument[] = [];
  for (const a of positional) {
    const group = positionalGroups(state, remainingParam)[0];
    if (group) bindAtPosition(state, group, a);
    else leftovers.push(a);
  }
  return leftovers;
}

/** Picks the parameter set once all arguments are bound; throws AmbiguousParameterSet. */
export function resolveParameterSet(state: BindState, expectingInput: boolean): string {
  const meta = state.meta;
  if (!meta.setNames.length) return meta.defaultSet;
  if (state.sets.length === 1) return state.sets[0];
  let candidates = state.sets;
  // With pipeline input coming, sets that take it are preferred ('x' | Get-Random).
  if (expectingInput) {
    const withInput = candidates.filter((set) => takesPipelineInput(state, set));
    if (withInput.length) candidates = withInput;
  }
  if (candidates.includes(meta.defaultSet)) return meta.defaultSet;
  // Sets whose mandatory parameters are all satisfied (or can come from the pipeline).
  const satisfiable = candidates.filter((set) =>
    meta.parameters.every((p) => {
      const m = p.sets.find((s) => s.name === set);
      return !m?.mandatory || state.bound.has(key(p)) || (expectingInput && (m.valueFromPipeline || m.valueFromPipelineByPropertyName));
    }),
  );
  if (satisfiable.length === 1) return satisfiable[0];
  // Several sets take the input: each input object chooses (pwsh names none yet).
  if (expectingInput && satisfiable.length > 1) return ALL_SETS;
  throw new BindingError('AmbiguousParameterSet', BinderMsg.AmbiguousParameterSet, 'InvalidArgument', PBE);
}

/** Mandatory parameters of the set that are still unbound. */
export function missingMandatory(state: BindState, set: string, pipelineWillBind: boolean): BinderParameter[] {
  return state.meta.mandatory.filter((p) => {
    if (state.bound.has(key(p))) return false;
    const m = membershipFor(p, set);
    if (!m?.mandatory) return false;
    return !(pipelineWillBind && (m.valueFromPipeline || m.valueFromPipelineByPropertyName));
  });
}

export function missingMandatoryError(missing: BinderParameter[]): BindingError {
  return new BindingError('MissingMandatoryParameter', fmt(BinderMsg.MissingMandatoryParameter, missing.map((p) => ' ' + p.name).join('')), 'InvalidArgument', PBE);
}

/** Whether the command has any parameter that takes pipeline input in the set. */
export function takesPipelineInput(state: BindState, set: string): boolean {
  return state.meta.parameters.some((p) => {
    const m = membershipFor(p, set);
    return !!m && (m.valueFromPipeline || m.valueFromPipelineByPropertyName);
  });
}

