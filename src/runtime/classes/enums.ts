// Script enums as runtime types: member values (counting on from the previous one), the underlying integral type and
// [Flags()], registered like the built-in enums so conversion, -band/-bor, [enum]::... and display treat them alike.

import type * as A from '../../parser/ast';
import { registerType, isNumeric, PSError, EnumValue, TypedNumber, toJsNumber } from '../values';
import { canonicalTypeName } from '../convert';
import { compileExpression } from '../compiler/expressions';
import { walkAst } from '../../parser/visit';
import { ClassMsg } from './messages';
import { fmt } from '../messages';
import type { ClassSession } from './members';

type Report = (errorId: string, extent: A.Extent, message: string) => void;

// The integral types an enum may have, with their C# names and ranges.
const UNDERLYING: Record<string, { name: string; min: bigint; max: bigint }> = {
  'System.Byte': { name: 'byte', min: 0n, max: 255n },
  'System.SByte': { name: 'sbyte', min: -128n, max: 127n },
  'System.Int16': { name: 'short', min: -32768n, max: 32767n },
  'System.UInt16': { name: 'ushort', min: 0n, max: 65535n },
  'System.Int32': { name: 'int', min: -2147483648n, max: 2147483647n },
  'System.UInt32': { name: 'uint', min: 0n, max: 4294967295n },
  'System.Int64': { name: 'long', min: -9223372036854775808n, max: 9223372036854775807n },
  'System.UInt64': { name: 'ulong', min: 0n, max: 18446744073709551615n },
};

export function defineEnum(ast: A.TypeDefinitionAst, session: ClassSession, report: Report): void {
  let underlying = 'System.Int32';
  const declared = ast.baseTypes[0];
  if (declared) {
    underlying = canonicalTypeName(declared.typeName.fullName);
    if (!UNDERLYING[underlying]) {
      report('InvalidUnderlyingType', declared.extent, fmt(ClassMsg.InvalidUnderlyingType, declared.typeName.fullName));
      return;
    }
  }
  const range = UNDERLYING[underlying];
  const values: Record<string, number> = {};
  const seen = new Set<string>();
  let next = 0n;
  for (const m of ast.members) {
    if (m.type !== 'PropertyMemberAst') continue;
    if (seen.has(m.name.toLowerCase())) {
      report('MemberAlreadyDefined', m.nameExtent, fmt(ClassMsg.MemberAlreadyDefined, m.name));
      continue;
    }
    seen.add(m.name.toLowerCase());
    if (m.initialValue) {
      const value = constantValue(m.initialValue, session, range.name, report);
      if (value === undefined) continue;
      next = value;
    }
    if (next < range.min || next > range.max) {
      report('EnumeratorValueOutOfBounds', (m.initialValue ?? m).extent, fmt(ClassMsg.EnumeratorValueOutOfBounds, range.name));
      continue;
    }
    values[m.name] = Number(next);
    next++;
  }
  const isFlags = ast.attributes.some((a) => /^(System\.)?Flags(Attribute)?$/i.test(a.typeName.fullName));
  registerType({ fullName: ast.name, baseTypes: ['System.Enum', 'System.ValueType'], enumValues: values, enumUnderlyingType: underlying, isFlags, isScalar: true });
}

/** An enumerator's value: a constant expression of an integral value. */
function constantValue(e: A.ExpressionAst, session: ClassSession, typeName: string, report: Report): bigint | undefined {
  let constant = true;
  walkAst(e, (n) => {
    if (n.type === 'VariableExpressionAst' || n.type === 'CommandAst' || n.type === 'SubExpressionAst' || n.type === 'ScriptBlockExpressionAst') constant = false;
  });
  if (!constant) {
    report('EnumeratorValueMustBeConstant', e.extent, ClassMsg.EnumeratorValueMustBeConstant);
    return undefined;
  }
  let value: unknown;
  try {
    value = compileExpression(e)(session.context());
  } catch (err) {
    if (!(err instanceof PSError)) throw err;
  }
  if (value instanceof EnumValue) return BigInt(value.value);
  if (!isNumeric(value)) {
    report('CannotConvertValue', e.extent, fmt(ClassMsg.CannotConvertValue, typeName));
    return undefined;
  }
  if (typeof value === 'bigint') return value;
  if (value instanceof TypedNumber && typeof value.value === 'bigint') return value.value;
  return BigInt(Math.round(toJsNumber(value)));
}
