// Numeric types and [math]: MaxValue/MinValue, Parse/TryParse, and System.Math's functions.

import { registerType, Decimal, TypedNumber, makeDouble, isInt32, INT32_MAX, INT32_MIN, INT64_MAX, INT64_MIN, toJsNumber, bankersRound, DotNetException, type StaticMethodAdapter } from '../values';
import { toDouble, toInt32, toStr, toDecimal } from '../convert';
import { arg } from './helpers';
import { MATH_STATIC_OVERLOADS, withOverloads } from './overload-signatures';

function parseInt32(text: string): number {
  const t = text.trim();
  if (!/^[+-]?\d+$/.test(t)) throw new DotNetException('System.FormatException', `The input string '${text}' was not in a correct format.`);
  const n = Number(t);
  if (n > INT32_MAX || n < INT32_MIN) throw new DotNetException('System.OverflowException', 'Value was either too large or too small for an Int32.');
  return n;
}

function numberStatics(max: unknown, min: unknown, parse: (s: string) => unknown) {
  return {
    staticProperties: [
      { name: 'MaxValue', get: () => max },
      { name: 'MinValue', get: () => min },
    ],
    staticMethods: [
      { name: 'Parse', invoke: (a: unknown[]) => parse(arg.str(a, 0)) },
    ],
  };
}

registerType({
  fullName: 'System.Int32',
  accelerators: ['int', 'int32'],
  baseTypes: ['System.ValueType'],
  interfaces: ['System.IComparable', 'System.IFormattable', 'System.IConvertible'],
  isScalar: true,
  ...numberStatics(INT32_MAX, INT32_MIN, parseInt32),
  methods: [{ name: 'CompareTo', invoke: (v, a) => Math.sign((v as number) - toDouble(a[0])) }],
});

registerType({
  fullName: 'System.Int64',
  accelerators: ['long', 'int64'],
  baseTypes: ['System.ValueType'],
  isScalar: true,
  ...numberStatics(INT64_MAX, INT64_MIN, (s) => BigInt(s.trim())),
});

registerType({
  fullName: 'System.Double',
  accelerators: ['double'],
  baseTypes: ['System.ValueType'],
  isScalar: true,
  staticProperties: [
    { name: 'MaxValue', get: () => Number.MAX_VALUE },
    { name: 'MinValue', get: () => -Number.MAX_VALUE },
    { name: 'Epsilon', get: () => Number.MIN_VALUE },
    { name: 'NaN', get: () => NaN },
    { name: 'PositiveInfinity', get: () => Infinity },
    { name: 'NegativeInfinity', get: () => -Infinity },
  ],
  staticMethods: [
    { name: 'Parse', invoke: (a) => makeDouble(toDouble(arg.str(a, 0))) },
    { name: 'IsNaN', invoke: (a) => Number.isNaN(toDouble(a[0])) },
    { name: 'IsInfinity', invoke: (a) => !Number.isFinite(toDouble(a[0])) && !Number.isNaN(toDouble(a[0])) },
  ],
});

registerType({
  fullName: 'System.Decimal',
  accelerators: ['decimal'],
  baseTypes: ['System.ValueType'],
  isScalar: true,
  staticProperties: [
    { name: 'MaxValue', get: () => Decimal.parse('79228162514264337593543950335') },
    { name: 'MinValue', get: () => Decimal.parse('-79228162514264337593543950335') },
  ],
  staticMethods: [{ name: 'Parse', invoke: (a) => toDecimal(arg.str(a, 0)) }],
});

registerType({
  fullName: 'System.Boolean',
  accelerators: ['bool', 'boolean'],
  baseTypes: ['System.ValueType'],
  isScalar: true,
  staticProperties: [
    { name: 'TrueString', get: () => 'True' },
    { name: 'FalseString', get: () => 'False' },
  ],
  staticMethods: [
    {
      name: 'Parse',
      invoke: (a) => {
        const t = arg.str(a, 0).trim().toLowerCase();
        if (t === 'true') return true;
        if (t === 'false') return false;
        throw new DotNetException('System.FormatException', `String '${arg.str(a, 0)}' was not recognized as a valid Boolean.`);
      },
    },
  ],
});

for (const [name, accel, min, max] of [
  ['System.Byte', 'byte', 0, 255],
  ['System.SByte', 'sbyte', -128, 127],
  ['System.Int16', 'int16', -32768, 32767],
  ['System.UInt16', 'uint16', 0, 65535],
  ['System.UInt32', 'uint32', 0, 4294967295],
] as const) {
  registerType({
    fullName: name,
    accelerators: [accel],
    baseTypes: ['System.ValueType'],
    isScalar: true,
    staticProperties: [
      { name: 'MaxValue', get: () => new TypedNumber(name, max) },
      { name: 'MinValue', get: () => new TypedNumber(name, min) },
    ],
  });
}
registerType({ fullName: 'System.UInt64', accelerators: ['uint64', 'ulong'], baseTypes: ['System.ValueType'], isScalar: true });
registerType({ fullName: 'System.Single', accelerators: ['float', 'single'], baseTypes: ['System.ValueType'], isScalar: true });

/** Math.Round with digits and MidpointRounding. */
function round(a: unknown[]): unknown {
  const x = a[0];
  const digits = a.length > 1 && /^\d+$/.test(toStr(a[1])) ? toInt32(a[1]) : 0;
  const away = a.some((v) => /AwayFromZero/i.test(toStr(v)));
  if (x instanceof Decimal) {
    const n = toJsNumber(x);
    return toDecimal(roundNumber(n, digits, away).toFixed(digits));
  }
  return makeDouble(roundNumber(toDouble(x), digits, away));
}

function roundNumber(n: number, digits: number, away: boolean): number {
  const p = 10 ** digits;
  const scaled = Number((n * p).toPrecision(15));
  const r = away ? Math.sign(scaled) * Math.round(Math.abs(scaled)) : bankersRound(scaled);
  return r / p;
}

function sameType(v: unknown, r: number): unknown {
  if (typeof v === 'bigint') return BigInt(r);
  if (v instanceof Decimal) return toDecimal(r);
  if (isInt32(v)) return r;
  return makeDouble(r);
}

const m1 = (f: (x: number) => number) => (a: unknown[]) => makeDouble(f(toDouble(a[0])));

registerType({
  fullName: 'System.Math',
  accelerators: ['math'],
  staticProperties: [
    { name: 'PI', get: () => Math.PI },
    { name: 'E', get: () => Math.E },
    { name: 'Tau', get: () => Math.PI * 2 },
  ],
  staticMethods: withOverloads<StaticMethodAdapter>(MATH_STATIC_OVERLOADS, [
    { name: 'Abs', invoke: (a) => sameType(a[0], Math.abs(toJsNumber(a[0]))) },
    { name: 'Max', invoke: (a) => (toDouble(a[0]) >= toDouble(a[1]) ? a[0] : a[1]) },
    { name: 'Min', invoke: (a) => (toDouble(a[0]) <= toDouble(a[1]) ? a[0] : a[1]) },
    { name: 'Round', invoke: round },
    { name: 'Floor', invoke: (a) => (a[0] instanceof Decimal ? toDecimal(Math.floor(toDouble(a[0]))) : makeDouble(Math.floor(toDouble(a[0])))) },
    { name: 'Ceiling', invoke: (a) => (a[0] instanceof Decimal ? toDecimal(Math.ceil(toDouble(a[0]))) : makeDouble(Math.ceil(toDouble(a[0])))) },
    { name: 'Truncate', invoke: (a) => makeDouble(Math.trunc(toDouble(a[0]))) },
    { name: 'Sqrt', invoke: m1(Math.sqrt) },
    { name: 'Pow', invoke: (a) => makeDouble(Math.pow(toDouble(a[0]), toDouble(a[1]))) },
    { name: 'Exp', invoke: m1(Math.exp) },
    { name: 'Log', invoke: (a) => makeDouble(a.length > 1 ? Math.log(toDouble(a[0])) / Math.log(toDouble(a[1])) : Math.log(toDouble(a[0]))) },
    { name: 'Log10', invoke: m1(Math.log10) },
    { name: 'Log2', invoke: m1(Math.log2) },
    { name: 'Sin', invoke: m1(Math.sin) },
    { name: 'Cos', invoke: m1(Math.cos) },
    { name: 'Tan', invoke: m1(Math.tan) },
    { name: 'Atan', invoke: m1(Math.atan) },
    { name: 'Atan2', invoke: (a) => makeDouble(Math.atan2(toDouble(a[0]), toDouble(a[1]))) },
    { name: 'Sign', invoke: (a) => Math.sign(toDouble(a[0])) },
    { name: 'DivRem', invoke: (a) => [Math.trunc(toDouble(a[0]) / toDouble(a[1])), toDouble(a[0]) % toDouble(a[1])] },
    { name: 'Clamp', invoke: (a) => (toDouble(a[0]) < toDouble(a[1]) ? a[1] : toDouble(a[0]) > toDouble(a[2]) ? a[2] : a[0]) },
  ]),
});

