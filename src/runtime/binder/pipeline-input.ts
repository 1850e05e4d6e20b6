// Pipeline input binding, as pwsh's CmdletParameterBinderController does it: per input object, four phases —
// ValueFromPipeline without coercion, ValueFromPipelineByPropertyName without coercion, ValueFromPipeline with
// coercion, ByPropertyName with coercion — over the parameters not bound yet, within the parameter sets still
// possible (the default set's parameters first in each phase), then one parameter set is chosen for the object.
// Hands the bound parameter names and the chosen set to the command processors.

import { AutomationNull, Hashtable, PSError, getMember, typeNameOf, typeHierarchyOf } from '../values';
import { canonicalTypeName } from '../convert';
import { BinderMsg, fmt } from '../messages';
import { ALL_SETS, BinderMetadata, BinderParameter, canonicalTypeOf } from './metadata';
import { BindState, BindingError, coerce, missingMandatory } from './bind';
import type { ParameterSetMembership } from '../command-types';

const PBE = 'System.Management.Automation.ParameterBindingException';

enum Phase {
  ByValueNoCoercion,
  ByPropertyNameNoCoercion,
  ByValueWithCoercion,
  ByPropertyNameWithCoercion,
}

/** The result of binding one input object. */
export interface PipelineBinding {
  /** Parameter names (lower case) bound from this object (delay-bound script block arguments included). */
  bound: string[];
  /** The parameter set the object selected. */
  set: string;
}

function key(p: BinderParameter): string {
  return p.key;
}

function takesPipeline(m: ParameterSetMembership): boolean {
  return !!(m.valueFromPipeline || m.valueFromPipelineByPropertyName);
}

function membershipsIn(p: BinderParameter, sets: string[]): ParameterSetMembership[] {
  return p.sets.filter((s) => s.name === ALL_SETS || sets.includes(s.name));
}

function unboundPipelineParameters(state: BindState, sets: string[]): BinderParameter[] {
  return state.meta.parameters.filter((p) => !state.bound.has(key(p)) && membershipsIn(p, sets).some(takesPipeline));
}

/**
 * Called once the command-line arguments are bound and input is expected: keeps the parameter sets pipeline input
 * may still choose between (pwsh's FilterParameterSetsTakingNoPipelineInput, then drops the sets whose missing
 * mandatory parameters cannot come from the pipeline).
 */
export function startPipelineInput(state: BindState): void {
  let sets = state.sets;
  const pipelineParams = unboundPipelineParameters(state, sets);
  const inAllSets = pipelineParams.some((p) => p.sets.some((s) => s.name === ALL_SETS && takesPipeline(s)));
  if (sets.length > 1 && !inAllSets) {
    const taking = sets.filter((set) => pipelineParams.some((p) => p.sets.some((s) => s.name === set && takesPipeline(s))));
    if (taking.length) sets = taking;
  }
  const satisfiable = sets.filter((set) => missingMandatory(state, set, true).length === 0);
  state.pipelineSets = satisfiable.length ? satisfiable : sets;
  state.pipelineBound = [];
}

/** Binds one input object; throws BindingError (not bound, ambiguous set, missing mandatory, validation). */
export function bindPipelineObject(state: BindState, input: unknown): PipelineBinding {
  for (const k of state.pipelineBound ?? []) state.bound.delete(k);
  state.pipelineBound = [];
  const run = new ObjectBinding(state, input);
  try {
    const set = run.bind(bindDelayed(state, input));
    state.pipelineBound = run.bound;
    return { bound: [...state.delayed.keys(), ...run.bound], set };
  } catch (e) {
    for (const k of run.bound) state.bound.delete(k);
    throw e;
  }
}

const OUTPUT_COLLECTION = 'System.Collections.ObjectModel.Collection`1[System.Management.Automation.PSObject]';

function takesAnything(p: BinderParameter): boolean {
  const t = canonicalTypeName(p.type);
  return t === 'System.Object' || t === 'System.Management.Automation.PSObject';
}

/** Runs the delay-bound script blocks with $_ set to the input object and binds their output (pwsh's
 * InvokeAndBindDelayBindScriptBlock). True when there were any. */
function bindDelayed(state: BindState, input: unknown): boolean {
  for (const [k, { block, extent }] of state.delayed) {
    const p = state.meta.parameters.find((x) => key(x) === k)!;
    let output: unknown[];
    try {
      output = block.invoke([], input);
    } catch (e) {
      if (!(e instanceof PSError)) throw e;
      throw new BindingError('ScriptBlockArgumentInvocationFailed', fmt(BinderMsg.ScriptBlockArgumentInvocationFailed, p.name, e.message), 'InvalidArgument', PBE, extent);
    }
    if (output.length === 0) throw new BindingError('ScriptBlockArgumentNoOutput', fmt(BinderMsg.ScriptBlockArgumentNoOutput, p.name), 'InvalidArgument', PBE, extent);
    if (output.length > 1 && !state.isScript && !canonicalTypeName(p.type).endsWith('[]') && !takesAnything(p)) {
      // Several outputs are one Collection<PSObject>, which a cmdlet's scalar parameter does not take.
      throw new BindingError('CannotConvertArgument', fmt(BinderMsg.CannotConvertArgument, OUTPUT_COLLECTION, canonicalTypeName(p.type), p.name, BinderMsg.NotSupported), 'InvalidArgument', PBE, extent);
    }
    state.bound.set(k, coerce(state, p, output.length === 1 ? output[0] : output, extent));
  }
  return state.delayed.size > 0;
}

interface PipelineParameter {
  parameter: BinderParameter;
  name: string;
  memberships: ParameterSetMembership[];
}

const pipelineParameterCache = new WeakMap<BinderMetadata, PipelineParameter[]>();

/** The parameters that take pipeline input in some set, last first (pwsh walks its unbound list from the end). */
function pipelineParametersOf(state: BindState): PipelineParameter[] {
  let list = pipelineParameterCache.get(state.meta);
  if (!list) {
    list = state.meta.parameters
      .filter((p) => p.sets.some(takesPipeline))
      .map((p) => ({ parameter: p, name: key(p), memberships: p.sets.filter(takesPipeline) }))
      .reverse();
    pipelineParameterCache.set(state.meta, list);
  }
  return list;
}

/** One input object's binding: the sets still possible narrow as parameters bind. */
class ObjectBinding {
  readonly bound: string[] = [];
  private current: string[];

  constructor(private readonly state: BindState, private readonly input: unknown) {
    this.current = [...(state.pipelineSets ?? state.sets)];
  }

  /** `delayedBound`: script block arguments were bound for this object, so it counts as bound. */
  bind(delayedBound: boolean): string {
    let valid = this.current;
    for (const phase of [Phase.ByValueNoCoercion, Phase.ByPropertyNameNoCoercion, Phase.ByValueWithCoercion, Phase.ByPropertyNameWithCoercion]) {
      if (this.bindPhase(phase, valid)) valid = this.current = this.validateSets(true);
    }
    const set = this.validateSets(false)[0];
    if (!this.bound.length && !delayedBound) throw new BindingError('InputObjectNotBound', BinderMsg.InputObjectNotBound, 'InvalidArgument', PBE);
    const missing = missingMandatory(this.state, set, false);
    if (missing.length) {
      throw new BindingError('InputObjectMissingMandatory', fmt(BinderMsg.InputObjectMissingMandatory, missing.map((p) => ' ' + p.name).join('')), 'InvalidArgument', PBE);
    }
    return set;
  }

  /** The default set's parameters get the first try; the other valid sets only if none of those bound. */
  private bindPhase(phase: Phase, valid: string[]): boolean {
    const def = this.state.meta.defaultSet;
    if (def !== ALL_SETS && valid.includes(def)) {
      if (this.bindInSets(phase, [def])) return true;
      valid = valid.filter((s) => s !== def);
    }
    return this.bindInSets(phase, valid);
  }

  private bindInSets(phase: Phase, sets: string[]): boolean {
    let any = false;
    for (const { parameter, name, memberships } of pipelineParametersOf(this.state)) {
      if (this.state.bound.has(name)) continue;
      for (const m of memberships) {
        if (m.name !== ALL_SETS && !sets.includes(m.name)) continue;
        if (this.tryMembership(phase, parameter, m)) {
          any = true;
          break;
        }
      }
    }
    return any;
  }

  private tryMembership(phase: Phase, p: BinderParameter, m: ParameterSetMembership): boolean {
    const input = this.input;
    switch (phase) {
      case Phase.ByValueNoCoercion:
        return !!m.valueFromPipeline && this.tryBind(p, input, false, false);
      case Phase.ByValueWithCoercion:
        return !!m.valueFromPipeline && this.tryBind(p, input, true, false);
      case Phase.ByPropertyNameNoCoercion:
      case Phase.ByPropertyNameWithCoercion: {
        if (!m.valueFromPipelineByPropertyName || input === null || input instanceof Hashtable) return false;
        const property = [p.name, ...p.aliases].map((name) => getMember(input, name)).find((r) => r.found);
        return !!property && this.tryBind(p, property.value, phase === Phase.ByPropertyNameWithCoercion, true);
      }
    }
  }

  /**
   * Binds a value to a parameter. Without coercion only a value the parameter takes as it is binds. A conversion
   * failure just means "not this parameter" — except by property name, where pwsh reports a failed transformation;
   * validation failures are always reported.
   */
  private tryBind(p: BinderParameter, value: unknown, coerceType: boolean, byPropertyName: boolean): boolean {
    if (value === AutomationNull) return false;
    if (!coerceType && !takesUncoerced(p, value)) return false;
    let v: unknown;
    try {
      v = coerce(this.state, p, value);
    } catch (e) {
      if (!(e instanceof BindingError)) throw e;
      if (e.errorId.startsWith('ParameterArgumentValidationError')) throw e;
      if (byPropertyName && e.errorId === 'ParameterArgumentTransformationError') throw e;
      return false;
    }
    this.state.bound.set(key(p), v);
    this.bound.push(key(p));
    if (!p.sets.some((s) => s.name === ALL_SETS)) {
      const names = p.sets.map((s) => s.name);
      this.current = this.current.filter((s) => names.includes(s));
    }
    return true;
  }

  /** pwsh's ValidateParameterSets: during binding (`during`) several sets may stay open while a pipeline
   * parameter of theirs is unbound; the default set wins among several, else the mandatory parameters decide. */
  private validateSets(during: boolean): string[] {
    const sets = this.current;
    if (sets.length === 0) throw ambiguous();
    if (sets.length === 1) return sets;
    const def = this.state.meta.defaultSet;
    if (sets.includes(def)) return (this.current = [def]);
    if (during && unboundPipelineParameters(this.state, sets).length) return sets;
    const complete = sets.filter((set) => missingMandatory(this.state, set, false).length === 0);
    if (complete.length === 1) return (this.current = complete);
    // Sets never narrowed by a bound parameter: pwsh's "all sets" flag, which needs no choice.
    if (def === ALL_SETS && sets.length === this.state.meta.setNames.length) return [ALL_SETS];
    throw ambiguous();
  }
}

function ambiguous(): BindingError {
  return new BindingError('AmbiguousParameterSet', BinderMsg.AmbiguousParameterSet, 'InvalidArgument', PBE);
}

const VALUE_TYPES = new Set([
  'System.Int16', 'System.Int32', 'System.Int64', 'System.UInt16', 'System.UInt32', 'System.UInt64', 'System.Byte', 'System.SByte',
  'System.Double', 'System.Single', 'System.Decimal', 'System.Boolean', 'System.Char', 'System.DateTime', 'System.TimeSpan',
  'System.Guid', 'System.Management.Automation.SwitchParameter',
]);

/** pwsh's ShouldContinueUncoercedBind: the value is already of the parameter's type (or, for a collection
 * parameter, is one element of it or a list of such elements); $null only for reference types other than string. */
export function takesUncoerced(p: BinderParameter, value: unknown): boolean {
  const t = canonicalTypeOf(p);
  if (p.isSwitch) return false;
  if (value === null) return t !== 'System.String' && !VALUE_TYPES.has(t);
  if (t === 'System.Object' || t === 'System.Management.Automation.PSObject') return true;
  if (isInstance(value, t)) return true;
  if (!t.endsWith('[]')) return false;
  const element = t.slice(0, -2);
  const items = Array.isArray(value) ? value : [value];
  return items.every((x) => element === 'System.Object' || (x !== null && isInstance(x, element)));
}

function isInstance(value: unknown, type: string): boolean {
  if (type.endsWith('[]')) return Array.isArray(value) && (type === 'System.Object[]' || typeNameOf(value) === type);
  return typeHierarchyOf(value).includes(type);
}
