// Compare-Object: walks the reference and difference objects side by side, matching each new pair against the other
// side's backlog within -SyncWindow, and writes what is only on one side (<= or =>) or, with -IncludeEqual, on both
// (==): as InputObject (or the -Property values) plus SideIndicator, or the objects themselves with -PassThru.

import type { CommandContext, CommandDefinition } from '../../src/runtime/command-types';
import { PSObject, ScriptBlock, isNull, typeNamesOf } from '../../src/runtime/values';
import { PropertySelector, hasProperty, parseSelectors, resolveSelector } from './shared/calculated-property';
import { compareObjects } from './shared/object-comparer';
import { SWITCH, switchOn } from '../../src/providers/cmdlet-support';

const TYPE = 'Microsoft.PowerShell.Commands.CompareObjectCommand';

interface Params {
  ReferenceObject: unknown[];
  DifferenceObject: unknown[];
  SyncWindow?: number;
  Property?: unknown[];
  ExcludeDifferent?: unknown;
  IncludeEqual?: unknown;
  PassThru?: unknown;
  Culture?: string;
  CaseSensitive?: unknown;
}

/** One object with the values it is compared by; `exists` is false for a property the object does not have. */
interface Entry {
  input: unknown;
  keys: Array<{ value: unknown; exists: boolean }>;
}

type Side = '==' | '<=' | '=>';

interface State {
  selectors?: PropertySelector[];
  includeEqual: boolean;
  references?: Entry[];
  nextReference: number;
  referenceBacklog: Entry[];
  differenceBacklog: Entry[];
}

const states = new WeakMap<object, State>();

function entryOf(selectors: PropertySelector[] | undefined, input: unknown): Entry {
  if (!selectors) return { input, keys: [{ value: input, exists: true }] };
  return {
    input,
    keys: selectors.map((s) => {
      const exists = s.expression instanceof ScriptBlock || (!isNull(input) && hasProperty(input, s.expression));
      return { value: exists ? resolveSelector(s, input)[0]?.[1] ?? null : null, exists };
    }),
  };
}

function sameEntries(ctx: CommandContext<Params>, left: Entry, right: Entry): boolean {
  const cs = switchOn(ctx.params.CaseSensitive);
  return left.keys.every((r, i) => {
    const d = right.keys[i];
    if (!r.exists || !d.exists) return r.exists === d.exists;
    return compareObjects(r.value, d.value, cs, ctx.params.Culture) === 0;
  });
}

function emit(ctx: CommandContext<Params>, s: State, entry: Entry, side: Side): void {
  if (side === '==' ? !s.includeEqual : switchOn(ctx.params.ExcludeDifferent)) return;
  let out: PSObject;
  if (switchOn(ctx.params.PassThru)) {
    out = entry.input instanceof PSObject ? entry.input : new PSObject(entry.input, typeNamesOf(entry.input));
  } else if (!s.selectors) {
    out = PSObject.fromEntries([['InputObject', entry.input]]);
  } else {
    out = new PSObject();
    // a repeated property name takes the later spelling and value in the earlier place, as in pwsh
    s.selectors.forEach((sel, i) => out.addMember({ name: sel.name, kind: 'NoteProperty', value: entry.keys[i].value }));
  }
  out.removeMember('SideIndicator');
  out.setNote('SideIndicator', side);
  ctx.writeObject(out, false);
}

/** Takes the first backlog entry that matches (the entry is the left operand, as in pwsh), or undefined. */
function takeMatch(ctx: CommandContext<Params>, entry: Entry | undefined, backlog: Entry[]): Entry | undefined {
  if (!entry) return undefined;
  const i = backlog.findIndex((b) => sameEntries(ctx, entry, b));
  return i < 0 ? undefined : backlog.splice(i, 1)[0];
}

/** Keeps an unmatched entry in its side's backlog (writing the oldest ones that fall out of the window). */
function defer(ctx: CommandContext<Params>, s: State, entry: Entry, backlog: Entry[], side: Side): void {
  const window = ctx.params.SyncWindow ?? 2147483647;
  if (window === 0) return emit(ctx, s, entry, side);
  while (backlog.length >= window) emit(ctx, s, backlog.shift()!, side);
  backlog.push(entry);
}

/** One step: the next reference object against one difference object (or none, once the differences ran out). */
function step(ctx: CommandContext<Params>, s: State, difference: Entry | undefined): void {
  let reference = s.references && s.nextReference < s.references.length ? s.references[s.nextReference++] : undefined;
  if (reference && difference && sameEntries(ctx, reference, difference)) return emit(ctx, s, reference, '==');
  const matched = takeMatch(ctx, difference, s.referenceBacklog);
  if (matched) {
    emit(ctx, s, matched, '==');
    difference = undefined;
  }
  if (takeMatch(ctx, reference, s.differenceBacklog)) {
    emit(ctx, s, reference!, '==');
    reference = undefined;
  }
  if (difference) defer(ctx, s, difference, s.differenceBacklog, '=>');
  if (reference) defer(ctx, s, reference, s.referenceBacklog, '<=');
}

const CompareObject: CommandDefinition<Params> = {
  name: 'Compare-Object',
  module: 'Microsoft.PowerShell.Utility',
  implementingType: TYPE,
  supportsCommonParameters: true,
  parameters: [
    { name: 'ReferenceObject', type: 'System.Management.Automation.PSObject[]', position: 0, mandatory: true, allowEmptyCollection: true },
    { name: 'DifferenceObject', type: 'System.Management.Automation.PSObject[]', position: 1, mandatory: true, valueFromPipeline: true, allowEmptyCollection: true },
    { name: 'SyncWindow', type: 'System.Int32', validation: [{ kind: 'Range', min: 0, max: 2147483647 }] },
    { name: 'Property', type: 'System.Object[]' },
    { name: 'ExcludeDifferent', type: SWITCH },
    { name: 'IncludeEqual', type: SWITCH },
    { name: 'PassThru', type: SWITCH },
    { name: 'Culture', type: 'System.String' },
    { name: 'CaseSensitive', type: SWITCH },
  ],
  begin(ctx) {
    const p = ctx.params;
    // -ExcludeDifferent implies -IncludeEqual unless that is given explicitly
    const includeEqual = ctx.boundParameterNames.has('IncludeEqual') ? switchOn(p.IncludeEqual) : switchOn(p.ExcludeDifferent);
    const selectors = p.Property && p.Property.length > 0 ? parseSelectors(ctx, p.Property, [], { named: false, globbing: false }) : undefined;
    states.set(ctx, { selectors, includeEqual, nextReference: 0, referenceBacklog: [], differenceBacklog: [] });
  },
  process(ctx) {
    const s = states.get(ctx)!;
    const p = ctx.params;
    if (!ctx.boundParameterNames.has('DifferenceObject')) return;
    const differences = (p.DifferenceObject ?? []).map((d) => entryOf(s.selectors, d));
    if ((p.ReferenceObject ?? []).length === 0) {
      for (const d of differences) emit(ctx, s, d, '=>');
      return;
    }
    s.references ??= p.ReferenceObject.map((r) => entryOf(s.selectors, r));
    if (differences.length === 0) return step(ctx, s, undefined);
    for (const d of differences) step(ctx, s, d);
  },
  end(ctx) {
    const s = states.get(ctx)!;
    if (s.references) while (s.nextReference < s.references.length) step(ctx, s, undefined);
    for (const d of s.differenceBacklog) emit(ctx, s, d, '=>');
    for (const r of s.referenceBacklog) emit(ctx, s, r, '<=');
  },
};

export default CompareObject;
