// Measure-Object (measure): counts, sums, averages, extremes and standard deviation of objects or of their
// properties (GenericMeasureInfo), or lines, words and characters of text (TextMeasureInfo).

import type { CommandContext, CommandDefinition } from '../../src/runtime/command-types';
import { DoubleBox, isNull, isNumeric, makeDouble, registerType, toDisplayString } from '../../src/runtime/values';
import { toDouble } from '../../src/runtime/convert';
import { fmt } from '../../src/runtime/messages';
import { UtilityMsg } from './messages';
import { PropertySelector, parseSelectors, resolveSelector } from './shared/calculated-property';
import { compareObjects } from './shared/object-comparer';

const TYPE = 'Microsoft.PowerShell.Commands.MeasureObjectCommand';

type Num = number | DoubleBox | null;

/** Microsoft.PowerShell.Commands.GenericMeasureInfo. */
export class GenericMeasureInfo {
  Count = 0;
  Average: Num = null;
  Sum: Num = null;
  Maximum: unknown = null;
  Minimum: unknown = null;
  StandardDeviation: Num = null;
  Property: string | null = null;
}

/** Microsoft.PowerShell.Commands.TextMeasureInfo. */
export class TextMeasureInfo {
  Lines: number | null = null;
  Words: number | null = null;
  Characters: number | null = null;
  Property: string | null = null;
}

function plainProperties<T extends object>(names: (keyof T & string)[], types: string[]) {
  return names.map((name, i) => ({ name, type: types[i], get: (o: T) => o[name] }));
}

registerType({
  fullName: 'Microsoft.PowerShell.Commands.GenericMeasureInfo',
  baseTypes: ['Microsoft.PowerShell.Commands.MeasureInfo'],
  jsClass: GenericMeasureInfo,
  properties: plainProperties<GenericMeasureInfo>(
    ['Count', 'Average', 'Sum', 'Maximum', 'Minimum', 'StandardDeviation', 'Property'],
    ['int', 'System.Nullable[double]', 'System.Nullable[double]', 'System.Object', 'System.Object', 'System.Nullable[double]', 'string'],
  ),
});
registerType({
  fullName: 'Microsoft.PowerShell.Commands.TextMeasureInfo',
  baseTypes: ['Microsoft.PowerShell.Commands.MeasureInfo'],
  jsClass: TextMeasureInfo,
  properties: plainProperties<TextMeasureInfo>(['Lines', 'Words', 'Characters', 'Property'], ['System.Nullable[int]', 'System.Nullable[int]', 'System.Nullable[int]', 'string']),
});

interface Params {
  InputObject?: unknown;
  Property?: unknown[];
  StandardDeviation?: boolean;
  Sum?: boolean;
  AllStats?: boolean;
  Average?: boolean;
  Maximum?: boolean;
  Minimum?: boolean;
  Line?: boolean;
  Word?: boolean;
  Character?: boolean;
  IgnoreWhiteSpace?: boolean;
}

interface Accumulator {
  count: number;
  /** Values that were numeric (a non-numeric one is an error but still counted). */
  numbers: number;
  sum: number;
  sumOfSquares: number;
  max: unknown;
  min: unknown;
  lines: number;
  words: number;
  characters: number;
}

interface State {
  selectors?: PropertySelector[];
  byProperty: Map<string, Accumulator>;
}

const states = new WeakMap<object, State>();

function newAccumulator(): Accumulator {
  return { count: 0, numbers: 0, sum: 0, sumOfSquares: 0, max: null, min: null, lines: 0, words: 0, characters: 0 };
}

function addGeneric(ctx: CommandContext<Params>, acc: Accumulator, value: unknown): void {
  const p = ctx.params;
  const wantsNumbers = p.Sum || p.Average || p.StandardDeviation || p.AllStats;
  acc.count++;
  if (wantsNumbers) {
    if (!isNumeric(value) && !(typeof value === 'string' && !Number.isNaN(Number(value)) && value.trim() !== '')) {
      ctx.writeError(ctx.newError('NonNumericInputObject', fmt(UtilityMsg.NotNumeric, toDisplayString(value)), 'InvalidType', value, 'System.Management.Automation.PSInvalidOperationException'));
      return;
    }
    const n = toDouble(value);
    acc.sum += n;
    acc.sumOfSquares += n * n;
    acc.numbers++;
  }
  if (p.Maximum || p.Minimum || p.AllStats) {
    const comparable = isNumeric(value) ? toDouble(value) : value;
    if (acc.max === null || compareObjects(comparable, acc.max, false) > 0) acc.max = comparable;
    if (acc.min === null || compareObjects(comparable, acc.min, false) < 0) acc.min = comparable;
  }
}

function addText(ctx: CommandContext<Params>, acc: Accumulator, value: unknown): void {
  const text = isNull(value) ? '' : toDisplayString(value);
  acc.lines += text.split(/\r\n|\n|\r/).length;
  acc.words += text.split(/\s+/).filter((w) => w.length > 0).length;
  acc.characters += ctx.params.IgnoreWhiteSpace ? text.replace(/\s/g, '').length : text.length;
}

function genericResult(p: Params, acc: Accumulator, property: string | null): GenericMeasureInfo {
  const r = new GenericMeasureInfo();
  r.Count = acc.count;
  r.Property = property;
  const all = !!p.AllStats;
  if ((p.Sum || all) && acc.numbers > 0) r.Sum = makeDouble(acc.sum);
  if ((p.Average || all) && acc.numbers > 0) r.Average = makeDouble(acc.sum / acc.numbers);
  if ((p.StandardDeviation || all) && acc.numbers > 1) {
    const variance = (acc.sumOfSquares - (acc.sum * acc.sum) / acc.numbers) / (acc.numbers - 1);
    r.StandardDeviation = makeDouble(Math.sqrt(Math.max(0, variance)));
  }
  if (p.Maximum || all) r.Maximum = typeof acc.max === 'number' ? makeDouble(acc.max) : acc.max;
  if (p.Minimum || all) r.Minimum = typeof acc.min === 'number' ? makeDouble(acc.min) : acc.min;
  return r;
}

function textResult(p: Params, acc: Accumulator, property: string | null): TextMeasureInfo {
  const r = new TextMeasureInfo();
  r.Property = property;
  const none = !p.Line && !p.Word && !p.Character;
  if (p.Line || none) r.Lines = acc.lines;
  if (p.Word || none) r.Words = acc.words;
  if (p.Character || none) r.Characters = acc.characters;
  return r;
}

const MeasureObject: CommandDefinition<Params> = {
  name: 'Measure-Object',
  module: 'Microsoft.PowerShell.Utility',
  implementingType: TYPE,
  defaultParameterSet: 'GenericMeasure',
  supportsCommonParameters: true,
  parameters: [
    { name: 'InputObject', type: 'System.Management.Automation.PSObject', valueFromPipeline: true },
    { name: 'Property', type: 'System.Object[]', position: 0, validation: [{ kind: 'NotNullOrEmpty' }] },
    { name: 'StandardDeviation', type: 'System.Management.Automation.SwitchParameter', sets: [{ name: 'GenericMeasure' }] },
    { name: 'Sum', type: 'System.Management.Automation.SwitchParameter', sets: [{ name: 'GenericMeasure' }] },
    { name: 'AllStats', type: 'System.Management.Automation.SwitchParameter', sets: [{ name: 'GenericMeasure' }] },
    { name: 'Average', type: 'System.Management.Automation.SwitchParameter', sets: [{ name: 'GenericMeasure' }] },
    { name: 'Maximum', type: 'System.Management.Automation.SwitchParameter', sets: [{ name: 'GenericMeasure' }] },
    { name: 'Minimum', type: 'System.Management.Automation.SwitchParameter', sets: [{ name: 'GenericMeasure' }] },
    { name: 'Line', type: 'System.Management.Automation.SwitchParameter', sets: [{ name: 'TextMeasure' }] },
    { name: 'Word', type: 'System.Management.Automation.SwitchParameter', sets: [{ name: 'TextMeasure' }] },
    { name: 'Character', type: 'System.Management.Automation.SwitchParameter', sets: [{ name: 'TextMeasure' }] },
    { name: 'IgnoreWhiteSpace', type: 'System.Management.Automation.SwitchParameter', sets: [{ name: 'TextMeasure' }] },
  ],
  begin(ctx) {
    states.set(ctx, { selectors: ctx.params.Property ? parseSelectors(ctx, ctx.params.Property) : undefined, byProperty: new Map() });
  },
  process(ctx) {
    const value = ctx.params.InputObject;
    if (!ctx.boundParameterNames.has('InputObject') || isNull(value)) return;
    const s = states.get(ctx)!;
    const add = ctx.parameterSetName === 'TextMeasure' ? addText : addGeneric;
    const pairs: Array<[string, unknown]> = s.selectors ? s.selectors.flatMap((sel) => resolveSelector(sel, value)) : [['', value]];
    for (const [name, v] of pairs) {
      let acc = s.byProperty.get(name);
      if (!acc) s.byProperty.set(name, (acc = newAccumulator()));
      add(ctx, acc, v);
    }
  },
  end(ctx) {
    const s = states.get(ctx)!;
    const text = ctx.parameterSetName === 'TextMeasure';
    const entries: Array<[string, Accumulator]> = s.byProperty.size ? [...s.byProperty] : [[s.selectors ? s.selectors[0].name : '', newAccumulator()]];
    for (const [name, acc] of entries) {
      const property = s.selectors ? name : null;
      ctx.writeObject(text ? textResult(ctx.params, acc, property) : genericResult(ctx.params, acc, property), false);
    }
  },
};

export default MeasureObject;
