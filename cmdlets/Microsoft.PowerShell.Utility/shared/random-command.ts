// What Get-Random and Get-SecureRandom share (pwsh's GetRandomCommandBase): a random Int32, Int64 or Double in
// [Minimum, Maximum), -Count random items of the input, or the input shuffled, from the generator a command supplies.

import type { CommandContext, CommandDefinition, ParameterDefinition } from '../../../src/runtime/command-types';
import { isNull, makeDouble, toDisplayString } from '../../../src/runtime/values';
import { toDouble } from '../../../src/runtime/convert';
import { fmt } from '../../../src/runtime/messages';
import { UtilityMsg } from '../messages';
import { RandomNumberGenerator } from './random-generator';

export interface RandomParams {
  Maximum?: unknown;
  Minimum?: unknown;
  InputObject?: unknown[];
  Count?: number;
  Shuffle?: boolean;
}

interface State {
  generator: RandomNumberGenerator;
  chosen: unknown[];
  processed: number;
}

const states = new WeakMap<object, State>();

const INT32_MAX = 2147483647;
const INT64_MAX = 2n ** 63n - 1n;

function rangeError(ctx: CommandContext<RandomParams>, min: unknown, max: unknown): never {
  ctx.throwTerminatingError(ctx.newError('MinGreaterThanOrEqualMax', fmt(UtilityMsg.MinGreaterThanOrEqualMax, toDisplayString(min), toDisplayString(max)), 'InvalidArgument', null, 'System.ArgumentException'));
}

/** What pwsh's ProcessOperand sees: a whole number stays Int32/Int64, anything else is Double. */
function operandKind(v: unknown): 'none' | 'int' | 'long' | 'double' {
  if (isNull(v)) return 'none';
  if (typeof v === 'number' && Number.isInteger(v)) return 'int';
  if (typeof v === 'bigint') return 'long';
  if (typeof v === 'string' && /^\s*[+-]?\d+\s*$/.test(v)) {
    const n = BigInt(v.trim());
    return n >= -2147483648n && n <= 2147483647n ? 'int' : 'long';
  }
  return 'double';
}

function writeNumbers(ctx: CommandContext<RandomParams>, g: RandomNumberGenerator): void {
  const { Minimum, Maximum } = ctx.params;
  const count = ctx.params.Count ?? 1;
  const kinds = [operandKind(Minimum), operandKind(Maximum)];
  if (kinds.every((k) => k === 'none' || k === 'int')) {
    const min = isNull(Minimum) ? 0 : Number(Minimum);
    const max = isNull(Maximum) ? INT32_MAX : Number(Maximum);
    if (min >= max) rangeError(ctx, min, max);
    for (let i = 0; i < count; i++) ctx.writeObject(g.nextInRange(min, max));
  } else if (kinds.every((k) => k !== 'double')) {
    const min = isNull(Minimum) ? 0n : BigInt(String(Minimum).trim());
    const max = isNull(Maximum) ? INT64_MAX : BigInt(String(Maximum).trim());
    if (min >= max) rangeError(ctx, min, max);
    for (let i = 0; i < count; i++) ctx.writeObject(g.nextInt64(min, max));
  } else {
    const min = isNull(Minimum) ? 0 : toDouble(Minimum);
    const max = isNull(Maximum) ? Number.MAX_VALUE : toDouble(Maximum);
    if (min >= max) rangeError(ctx, makeDouble(min), makeDouble(max));
    for (let i = 0; i < count; i++) ctx.writeObject(makeDouble(g.nextDoubleInRange(min, max)));
  }
}

/** The parameters both commands take (Get-Random adds -SetSeed). */
export const RANDOM_PARAMETERS: ParameterDefinition[] = [
  { name: 'Maximum', type: 'System.Object', sets: [{ name: 'RandomNumberParameterSet', position: 0 }] },
  { name: 'Minimum', type: 'System.Object', sets: [{ name: 'RandomNumberParameterSet' }] },
  { name: 'InputObject', type: 'System.Object[]', sets: [{ name: 'RandomListItemParameterSet', position: 0, mandatory: true, valueFromPipeline: true }, { name: 'ShuffleParameterSet', position: 0, mandatory: true, valueFromPipeline: true }], allowNull: true },
  { name: 'Count', type: 'System.Int32', sets: [{ name: 'RandomNumberParameterSet' }, { name: 'RandomListItemParameterSet' }], validation: [{ kind: 'Range', min: 1, max: 2147483647 }] },
  { name: 'Shuffle', type: 'System.Management.Automation.SwitchParameter', sets: [{ name: 'ShuffleParameterSet', mandatory: true }] },
];

/** The begin/process/end of a random command whose numbers come from generatorFor(ctx). */
export function randomBlocks<P extends RandomParams>(
  generatorFor: (ctx: CommandContext<P>) => RandomNumberGenerator,
): Pick<CommandDefinition<P>, 'begin' | 'process' | 'end'> {
  return {
    begin(ctx) {
      const generator = generatorFor(ctx);
      states.set(ctx, { generator, chosen: [], processed: 0 });
      if (ctx.parameterSetName === 'RandomNumberParameterSet') writeNumbers(ctx, generator);
    },
    process(ctx) {
      if (ctx.parameterSetName === 'RandomNumberParameterSet') return;
      const s = states.get(ctx)!;
      const count = ctx.params.Count ?? 1;
      for (const item of ctx.params.InputObject ?? [null]) {
        if (ctx.parameterSetName === 'ShuffleParameterSet' || s.processed < count) s.chosen.push(item);
        else if (s.generator.nextInRange(0, s.processed + 1) < count) s.chosen[s.generator.nextInRange(0, s.chosen.length)] = item;
        s.processed++;
      }
    },
    end(ctx) {
      if (ctx.parameterSetName === 'RandomNumberParameterSet') return;
      const s = states.get(ctx)!;
      const n = s.chosen.length;
      for (let i = 0; i < n; i++) {
        const j = s.generator.nextInRange(i, n);
        ctx.writeObject(s.chosen[j], false);
        if (i !== j) s.chosen[j] = s.chosen[i];
      }
    },
  };
}
