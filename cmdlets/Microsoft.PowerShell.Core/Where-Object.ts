// Where-Object (where, ?): passes on the input objects for which the filter script block is true, or which pass
// the comparison `-Property <name> -<Operator> <value>` (or have a true property when no operator is given).

import type { CommandDefinition, ParameterDefinition } from '../../src/runtime/command-types';
import { ScriptBlock, getPropertyValue, isNull, RuntimeType } from '../../src/runtime/values';
import { toBool, toStr } from '../../src/runtime/convert';
import { compareOp, likeOp, matchOp, containsOp, CompareKind } from '../../src/runtime/operators/comparison';
import { isType } from '../../src/runtime/operators/types';
import { resolveTypeName } from '../../src/runtime/types';

interface Params {
  InputObject?: unknown;
  FilterScript?: ScriptBlock;
  Property?: string;
  Value?: unknown;
  Not?: { IsPresent: boolean };
  [op: string]: unknown;
}

type Test = (left: unknown, right: unknown) => boolean;

const cmp = (kind: CompareKind, ic: boolean): Test => (l, r) => compareOp(kind, l, r, ic) === true;
const TESTS: Record<string, Test> = {};
for (const [name, kind] of [['EQ', 'eq'], ['NE', 'ne'], ['GT', 'gt'], ['GE', 'ge'], ['LT', 'lt'], ['LE', 'le']] as const) {
  TESTS[name] = cmp(kind, true);
  TESTS['C' + name] = cmp(kind, false);
}
for (const [name, ic, neg] of [['Like', true, false], ['NotLike', true, true], ['CLike', false, false], ['CNotLike', false, true]] as const) {
  TESTS[name] = (l, r) => likeOp(l, r, ic, neg) === true;
}
for (const [name, ic, neg] of [['Match', true, false], ['NotMatch', true, true], ['CMatch', false, false], ['CNotMatch', false, true]] as const) {
  TESTS[name] = (l, r) => matchOp(l, r, ic, neg).result === true;
}
for (const [name, ic, neg] of [['Contains', true, false], ['NotContains', true, true], ['CContains', false, false], ['CNotContains', false, true]] as const) {
  TESTS[name] = (l, r) => containsOp(l, r, ic) !== neg;
}
for (const [name, ic, neg] of [['In', true, false], ['NotIn', true, true], ['CIn', false, false], ['CNotIn', false, true]] as const) {
  TESTS[name] = (l, r) => containsOp(r, l, ic) !== neg;
}
TESTS.Is = (l, r) => isType(l, r instanceof RuntimeType ? r : resolveTypeName(toStr(r)));
TESTS.IsNot = (l, r) => !TESTS.Is(l, r);

const OPERATORS = Object.keys(TESTS);
const SET_OF: Record<string, string> = Object.fromEntries(OPERATORS.map((o) => [o, o.replace(/^C(?=[A-Z])/, 'Case') + 'Set']));

const parameters: ParameterDefinition[] = [
  { name: 'InputObject', type: 'System.Management.Automation.PSObject', valueFromPipeline: true },
  { name: 'FilterScript', type: 'scriptblock', sets: [{ name: 'ScriptBlockSet', position: 0, mandatory: true }] },
  {
    name: 'Property',
    type: 'string',
    sets: ['EqualSet', ...Object.values(SET_OF), 'NotSet'].filter((v, i, a) => a.indexOf(v) === i).map((name) => ({ name, position: 0, mandatory: true })),
  },
  { name: 'Value', type: 'System.Object', sets: Object.values(SET_OF).filter((v, i, a) => a.indexOf(v) === i).map((name) => ({ name, position: 1 })) },
  { name: 'Not', type: 'switch', sets: [{ name: 'NotSet', mandatory: true }] },
  ...OPERATORS.map((o) => ({ name: o, type: 'switch', aliases: o === 'EQ' ? ['IEQ'] : [], sets: [{ name: SET_OF[o], mandatory: true }] })),
];

const WhereObject: CommandDefinition<Params> = {
  name: 'Where-Object',
  module: 'Microsoft.PowerShell.Core',
  implementingType: 'Microsoft.PowerShell.Commands.WhereObjectCommand',
  defaultParameterSet: 'EqualSet',
  supportsCommonParameters: true,
  parameters,
  process(ctx) {
    const input = ctx.inputObject === undefined ? null : ctx.inputObject;
    const p = ctx.params;
    if (p.FilterScript) {
      const r = ctx.session.invokeScriptBlock(p.FilterScript, [], input);
      if (toBool(r.length === 1 ? r[0] : r)) ctx.writeObject(input);
      return;
    }
    if (isNull(input)) return;
    const value = getPropertyValue(input, toStr(p.Property));
    const op = OPERATORS.find((o) => ctx.boundParameterNames.has(o));
    let pass: boolean;
    if (op) pass = TESTS[op](value, p.Value ?? null);
    else if (p.Not?.IsPresent) pass = !toBool(value);
    else pass = toBool(value);
    if (pass) ctx.writeObject(input);
  },
};

export default WhereObject;
