// Select-Object (select): picks properties (names, wildcards, calculated) into new custom objects, expands one
// property, or picks objects by position (-First/-Last/-Skip/-SkipLast/-Index/-SkipIndex) and -Unique.

import type { CommandContext, CommandDefinition } from '../../src/runtime/command-types';
import { PSObject, PSCUSTOMOBJECT_TYPENAMES, enumerateValue, getPropertyValue, isNull, toDisplayString, typeNamesOf } from '../../src/runtime/values';
import { fmt } from '../../src/runtime/messages';
import { UtilityMsg } from './messages';
import { PropertySelector, hasProperty, parseSelectors, resolveSelector } from './shared/calculated-property';
import { wildcardRegex } from '../../src/runtime/operators/regex';

const TYPE = 'Microsoft.PowerShell.Commands.SelectObjectCommand';

interface Params {
  InputObject?: unknown;
  Property?: unknown[];
  ExcludeProperty?: string[];
  ExpandProperty?: string;
  Unique?: boolean;
  CaseInsensitive?: boolean;
  Last?: number;
  First?: number;
  Skip?: number;
  SkipLast?: number;
  Index?: number[];
  SkipIndex?: number[];
  Wait?: boolean;
}

interface State {
  selectors?: PropertySelector[];
  excluded: RegExp[];
  seen: Set<string>;
  /** -Unique: the distinct objects, written when the command ends (pwsh's _uniques). */
  uniques: unknown[];
  position: number;
  emittedFirst: number;
  tail: unknown[];
}

const states = new WeakMap<object, State>();

function stateOf(ctx: CommandContext<Params>): State {
  let s = states.get(ctx);
  if (!s) {
    const p = ctx.params;
    s = {
      selectors: p.Property || p.ExcludeProperty ? parseSelectors(ctx, p.Property ?? ['*']) : undefined,
      excluded: (p.ExcludeProperty ?? []).map((x) => wildcardRegex(x, true)),
      seen: new Set(),
      uniques: [],
      position: 0,
      emittedFirst: 0,
      tail: [],
    };
    states.set(ctx, s);
  }
  return s;
}

function argumentError(ctx: CommandContext<Params>, id: string, message: string, category: 'InvalidArgument' | 'InvalidOperation', target: unknown) {
  return ctx.newError(id, message, category, target, 'System.Management.Automation.PSArgumentException');
}

/** Builds the Selected.<type> custom object for one input; a duplicate name is a non-terminating error. */
function selectProperties(ctx: CommandContext<Params>, s: State, input: unknown): PSObject {
  const firstType = typeNamesOf(input)[0] ?? 'System.Object';
  const result = new PSObject(undefined, [`Selected.${firstType}`, ...PSCUSTOMOBJECT_TYPENAMES]);
  for (const selector of s.selectors!) {
    for (const [name, value] of resolveSelector(selector, input)) {
      if (s.excluded.some((x) => x.test(name))) continue;
      if (result.getMember(name)) {
        if (selector.isWildcard) continue;
        ctx.writeError(argumentError(ctx, 'AlreadyExistingUserSpecifiedPropertyNoExpand', fmt(UtilityMsg.AlreadyExistingProperty, name), 'InvalidOperation', input));
        continue;
      }
      result.setNote(name, value);
    }
  }
  return result;
}

/** -ExpandProperty: each value of the property, carrying the selected properties as notes when -Property is given. */
function expand(ctx: CommandContext<Params>, s: State, input: unknown): unknown[] {
  const name = ctx.params.ExpandProperty!;
  if (!hasProperty(input, name)) {
    ctx.writeError(argumentError(ctx, 'ExpandPropertyNotFound', fmt(UtilityMsg.PropertyNotFound, name), 'InvalidArgument', input));
    return [];
  }
  const value = getPropertyValue(input, name);
  const items = enumerateValue(value);
  const values = items ? [...items] : [value];
  if (!ctx.params.Property) return values;
  const notes = selectProperties(ctx, s, input);
  return values.map((v) => {
    const wrapped = v instanceof PSObject ? v : new PSObject(v, typeNamesOf(v));
    for (const m of notes.propertyMembers()) wrapped.setNote(m.name, m.value);
    return wrapped;
  });
}

function transform(ctx: CommandContext<Params>, s: State, input: unknown): unknown[] {
  if (ctx.params.ExpandProperty !== undefined) return expand(ctx, s, input);
  if (s.selectors) return [selectProperties(ctx, s, input)];
  return [input];
}

/** Identity for -Unique: custom objects compare by their property values, anything else by its text. */
function uniqueKey(value: unknown, caseInsensitive: boolean): string {
  const text =
    value instanceof PSObject && value.isCustomObject
      ? JSON.stringify(value.propertyMembers().map((m) => [m.name.toLowerCase(), toDisplayString(m.value)]))
      : isNull(value)
        ? '\u0000null'
        : toDisplayString(value);
  return caseInsensitive ? text.toLowerCase() : text;
}

function emit(ctx: CommandContext<Params>, s: State, values: unknown[]): void {
  for (const v of values) {
    if (ctx.params.Unique) {
      const key = uniqueKey(v, !!ctx.params.CaseInsensitive);
      if (s.seen.has(key)) continue;
      s.seen.add(key);
      s.uniques.push(v);
      continue;
    }
    ctx.writeObject(v);
  }
}

const SelectObject: CommandDefinition<Params> = {
  name: 'Select-Object',
  module: 'Microsoft.PowerShell.Utility',
  implementingType: TYPE,
  defaultParameterSet: 'DefaultParameter',
  supportsCommonParameters: true,
  parameters: [
    { name: 'InputObject', type: 'System.Management.Automation.PSObject', valueFromPipeline: true },
    { name: 'Property', type: 'System.Object[]', sets: [{ name: 'DefaultParameter', position: 0 }, { name: 'SkipLastParameter', position: 0 }] },
    { name: 'ExcludeProperty', type: 'System.String[]', sets: [{ name: 'DefaultParameter' }, { name: 'SkipLastParameter' }] },
    { name: 'ExpandProperty', type: 'System.String', sets: [{ name: 'DefaultParameter' }, { name: 'SkipLastParameter' }] },
    { name: 'Unique', type: 'System.Management.Automation.SwitchParameter' },
    { name: 'CaseInsensitive', type: 'System.Management.Automation.SwitchParameter' },
    { name: 'Last', type: 'System.Int32', sets: [{ name: 'DefaultParameter' }], validation: [{ kind: 'Range', min: 0, max: 2147483647 }] },
    { name: 'First', type: 'System.Int32', sets: [{ name: 'DefaultParameter' }], validation: [{ kind: 'Range', min: 0, max: 2147483647 }] },
    { name: 'Skip', type: 'System.Int32', sets: [{ name: 'DefaultParameter' }, { name: 'SkipLastParameter' }], validation: [{ kind: 'Range', min: 0, max: 2147483647 }] },
    { name: 'SkipLast', type: 'System.Int32', sets: [{ name: 'SkipLastParameter' }], validation: [{ kind: 'Range', min: 0, max: 2147483647 }] },
    { name: 'Wait', type: 'System.Management.Automation.SwitchParameter', sets: [{ name: 'DefaultParameter' }, { name: 'IndexParameter' }] },
    { name: 'Index', type: 'System.Int32[]', sets: [{ name: 'IndexParameter' }], validation: [{ kind: 'Range', min: 0, max: 2147483647 }] },
    { name: 'SkipIndex', type: 'System.Int32[]', sets: [{ name: 'SkipIndexParameter' }], validation: [{ kind: 'Range', min: 0, max: 2147483647 }] },
  ],
  process(ctx) {
    if (!ctx.boundParameterNames.has('InputObject')) return;
    const p = ctx.params;
    const s = stateOf(ctx);
    const position = s.position++;
    if (p.Index) {
      if (p.Index.includes(position)) emit(ctx, s, transform(ctx, s, p.InputObject));
      // past the last index asked for, pwsh stops the commands upstream (unless -Wait)
      if (!p.Wait && position >= Math.max(...p.Index)) ctx.stopUpstream();
      return;
    }
    if (p.SkipIndex) {
      if (!p.SkipIndex.includes(position)) emit(ctx, s, transform(ctx, s, p.InputObject));
      return;
    }
    if (position < (p.Skip ?? 0)) return;
    if (p.SkipLast !== undefined) {
      s.tail.push(p.InputObject);
      if (s.tail.length > p.SkipLast) emit(ctx, s, transform(ctx, s, s.tail.shift()));
      return;
    }
    const takingFirst = p.First !== undefined && s.emittedFirst < p.First;
    if (takingFirst || (p.First === undefined && p.Last === undefined)) {
      s.emittedFirst++;
      emit(ctx, s, transform(ctx, s, p.InputObject));
      // With nothing more to take, pwsh stops the commands upstream instead of draining them.
      if (p.First !== undefined && p.Last === undefined && !p.Wait && s.emittedFirst >= p.First) ctx.stopUpstream();
      return;
    }
    if (p.Last !== undefined) {
      s.tail.push(p.InputObject);
      if (s.tail.length > p.Last) s.tail.shift();
    }
  },
  end(ctx) {
    const p = ctx.params;
    const s = stateOf(ctx);
    if (p.Last !== undefined && p.SkipLast === undefined) for (const item of s.tail) emit(ctx, s, transform(ctx, s, item));
    for (const v of s.uniques) ctx.writeObject(v);
  },
};

export default SelectObject;
