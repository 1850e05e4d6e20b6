// System.Enum: what every enum value answers (HasFlag, ToString(format), value__) and [enum]'s static methods
// (GetNames, GetValues, GetName, IsDefined, Parse, GetUnderlyingType) over the enum types in the registry.

import { registerType, RuntimeType, EnumValue, DotNetException, typedArray, typeNameOf, isNumeric } from '../values';
import { toStr, toInt32, toBool, convertTo } from '../convert';
import { resolveTypeName } from './resolver';
import { formatEnum } from '../operators/format';
import { nn } from './helpers';

const enumValuesOf = (t: unknown): Record<string, number> => (t instanceof RuntimeType ? t.adapter?.enumValues : undefined) ?? {};

/** Member names in the order .NET keeps them: by value (unsigned), then as declared. */
function namesByValue(t: unknown): string[] {
  const values = enumValuesOf(t);
  return Object.keys(values).sort((a, b) => (values[a] >>> 0) - (values[b] >>> 0));
}

const underlyingOf = (t: RuntimeType) => t.adapter?.enumUnderlyingType ?? 'System.Int32';

function isDefined(t: RuntimeType, v: unknown): boolean {
  const values = enumValuesOf(t);
  v = nn(v);
  if (typeof v === 'string') return Object.prototype.hasOwnProperty.call(values, v);
  if (v instanceof EnumValue) return Object.values(values).includes(v.value);
  const given = typeNameOf(v);
  if (isNumeric(v) && given === underlyingOf(t)) return Object.values(values).includes(toInt32(v));
  throw new DotNetException(
    'System.ArgumentException',
    `Enum underlying type and the object must be same type or object must be a String. Type passed in was '${given}'; the enum underlying type was '${underlyingOf(t)}'.`,
  );
}

function parse(t: RuntimeType, text: string, ignoreCase: boolean): EnumValue {
  const values = enumValuesOf(t);
  const parts = text.split(',').map((p) => p.trim());
  let total = 0;
  for (const p of parts) {
    const name = Object.keys(values).find((n) => (ignoreCase ? n.toLowerCase() === p.toLowerCase() : n === p));
    if (name !== undefined) total |= values[name];
    else if (/^[-+]?\d+$/.test(p)) total |= Number(p);
    else throw new DotNetException('System.ArgumentException', `Requested value '${text}' was not found.`);
  }
  return convertTo(total, t.fullName) as EnumValue;
}

const asType = (v: unknown): RuntimeType => (v instanceof RuntimeType ? v : resolveTypeName(toStr(v)));

registerType({
  fullName: 'System.Enum',
  isInstance: (v) => v instanceof EnumValue,
  properties: [{ name: 'value__', type: 'int', get: (e: EnumValue) => e.value, hidden: true }],
  methods: [
    { name: 'HasFlag', invoke: (e: EnumValue, a) => ((a[0] as EnumValue).value & e.value) === (a[0] as EnumValue).value },
    { name: 'ToString', invoke: (e: EnumValue, a) => (a.length && nn(a[0]) !== null ? formatEnum(e, toStr(a[0])) : e.name) },
    { name: 'value__', invoke: (e: EnumValue) => e.value },
  ],
  staticMethods: [
    { name: 'GetNames', invoke: (a) => typedArray(namesByValue(asType(a[0])), 'System.String') },
    { name: 'GetValues', invoke: (a) => { const t = asType(a[0]); return typedArray(namesByValue(t).map((n) => convertTo(n, t.fullName)), t.fullName); } },
    { name: 'GetName', invoke: (a) => { const t = asType(a[0]); const n = nn(a[1]) instanceof EnumValue ? (a[1] as EnumValue).value : toInt32(a[1]); return namesByValue(t).find((k) => enumValuesOf(t)[k] === n) ?? null; } },
    { name: 'IsDefined', invoke: (a) => isDefined(asType(a[0]), a[1]) },
    { name: 'Parse', invoke: (a) => parse(asType(a[0]), toStr(a[1]), a.length > 2 && toBool(a[2])) },
    { name: 'GetUnderlyingType', invoke: (a) => resolveTypeName(underlyingOf(asType(a[0]))) },
  ],
  toString: (e: EnumValue) => e.name,
});
