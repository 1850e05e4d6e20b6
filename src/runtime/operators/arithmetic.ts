// Arithmetic and bitwise operators. The left operand decides: a string concatenates/repeats, an array
// concatenates/repeats, a hashtable merges, a number makes the right operand a number. Int32 overflow widens to
// Double, Int64 overflow too; Decimal wins over Double.

import {
  DoubleBox, Decimal, TypedNumber, Hashtable, PSObject, DateTime, TimeSpan, PSChar, AutomationNull,
  intOrDouble, longOrDouble, makeDouble, toJsNumber, typeNameOf, isNull, enumerateValue, DotNetException, baseObject, EnumValue,
} from '../values';
import { toNumeric, toStr, toDecimal, toInt64, enumOfNumber } from '../convert';
import { runtimeError } from '../error-factory';
import { Msg, fmt } from '../messages';

type Num = number | bigint | DoubleBox | Decimal | TypedNumber;
type Rank = 0 | 1 | 2 | 3; // Int32, Int64, Double, Decimal

function rank(n: Num): Rank {
  if (typeof n === 'number') return (n | 0) === n ? 0 : 2;
  if (typeof n === 'bigint') return 1;
  if (n instanceof DoubleBox) return 2;
  if (n instanceof Decimal) return 3;
  switch (n.type) {
    case 'System.Single':
      return 2;
    case 'System.UInt32':
    case 'System.UInt64':
      return 1;
    default:
      return 0;
  }
}

type NumOp = 'add' | 'sub' | 'mul' | 'div' | 'mod';

function opName(op: NumOp): string {
  return { add: 'op_Addition', sub: 'op_Subtraction', mul: 'op_Multiply', div: 'op_Division', mod: 'op_Modulus' }[op];
}

function divideByZero(): Error {
  const err = runtimeError('RuntimeException', Msg.DivideByZero, 'NotSpecified', 'System.Management.Automation.RuntimeException');
  (err.record.exception as { innerException?: DotNetException }).innerException = new DotNetException('System.DivideByZeroException', Msg.DivideByZero);
  return err;
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** pwsh multiplies Int64 through BigInteger, whose conversion to Double truncates toward zero (keeps the top 53
 * bits) rather than rounding: [long]::MaxValue * 2 is 1.844674407370955E+19, not 1.8446744073709552E+19. */
function truncatedToDouble(n: bigint): number {
  let magnitude = n < 0n ? -n : n;
  const extra = magnitude.toString(2).length - 53;
  if (extra > 0) magnitude = (magnitude >> BigInt(extra)) << BigInt(extra);
  return n < 0n ? -Number(magnitude) : Number(magnitude);
}

/** Numeric arithmetic on two numbers of any .NET numeric type. */
export function numericOp(op: NumOp, a: Num, b: Num): Num {
  const r = Math.max(rank(a), rank(b)) as Rank;
  if (r === 0) {
    const x = toJsNumber(a);
    const y = toJsNumber(b);
    switch (op) {
      case 'add':
        return intOrDouble(x + y);
      case 'sub':
        return intOrDouble(x - y);
      case 'mul':
        return intOrDouble(x * y);
      case 'div':
        if (y === 0) throw divideByZero();
        return x % y === 0 ? intOrDouble(x / y) : x / y;
      case 'mod':
        if (y === 0) throw divideByZero();
        return x % y;
    }
  }
  if (r === 1) {
    const x = toInt64(a);
    const y = toInt64(b);
    switch (op) {
      case 'add':
        return longOrDouble(x + y);
      case 'sub':
        return longOrDouble(x - y);
      case 'mul': {
        const product = x * y;
        return product >= INT64_MIN && product <= INT64_MAX ? product : makeDouble(truncatedToDouble(product));
      }
      case 'div':
        if (y === 0n) throw divideByZero();
        return x % y === 0n ? longOrDouble(x / y) : Number(x) / Number(y);
      case 'mod':
        if (y === 0n) throw divideByZero();
        return x % y;
    }
  }
  if (r === 3) {
    const x = toDecimal(a);
    const y = toDecimal(b);
    try {
      switch (op) {
        case 'add':
          return x.add(y);
        case 'sub':
          return x.sub(y);
        case 'mul':
          return x.mul(y);
        case 'div':
          return x.div(y);
        case 'mod':
          if (y.mantissa === 0n) throw new RangeError();
          return x.mod(y);
      }
    } catch (e) {
      if (e instanceof RangeError) throw divideByZero();
      throw e;
    }
  }
  const x = toJsNumber(a);
  const y = toJsNumber(b);
  let res: number;
  switch (op) {
    case 'add':
      res = x + y;
      break;
    case 'sub':
      res = x - y;
      break;
    case 'mul':
      res = x * y;
      break;
    case 'div':
      res = x / y;
      break;
    case 'mod':
      res = x % y;
      break;
  }
  return makeDouble(res);
}

function notDefined(op: NumOp, a: unknown): Error {
  const t = a instanceof PSObject ? 'System.Management.Automation.PSObject' : typeNameOf(a);
  return runtimeError('MethodNotFound', fmt(Msg.MethodNotFound, t, opName(op)));
}

function isNumber(v: unknown): v is Num {
  return typeof v === 'number' || typeof v === 'bigint' || v instanceof DoubleBox || v instanceof Decimal || v instanceof TypedNumber;
}

function items(v: unknown): unknown[] {
  if (isNull(v)) return [v === AutomationNull ? null : v];
  const e = v instanceof Hashtable ? undefined : enumerateValue(v);
  return e ? [...e] : [v];
}

export function add(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') return (a | 0) === a && (b | 0) === b ? intOrDouble(a + b) : makeDouble(a + b);
  if (typeof a === 'string') return a + toStr(b);
  if (isNull(a)) return b === AutomationNull ? null : b;
  if (isNumber(a)) return numericOp('add', a, toNumeric(b, typeNameOf(a)));
  if (Array.isArray(a)) return [...a, ...items(b)];
  if (a instanceof Hashtable) {
    if (!(b instanceof Hashtable)) throw runtimeError('AddHashTableToNonHashTable', 'A hash table can only be added to another hash table.', 'InvalidOperation');
    const h = a.clone();
    for (const k of b.keys()) {
      if (h.has(k)) {
        throw runtimeError('System.ArgumentException', `Item has already been added. Key in dictionary: '${toStr(k)}'  Key being added: '${toStr(k)}'`, 'OperationStopped', 'System.ArgumentException');
      }
      h.set(k, b.get(k));
    }
    return h;
  }
  if (a instanceof DateTime) {
    const span = baseObject(b);
    if (span instanceof TimeSpan) return a.addMs(span.ticks / 1e4);
    return a.addMs(toJsNumber(toNumeric(b)) / 1e4);
  }
  if (a instanceof TimeSpan) {
    const span = baseObject(b);
    if (span instanceof TimeSpan) return new TimeSpan(a.ticks + span.ticks);
  }
  if (a instanceof PSChar) return a.toString() + toStr(b);
  if (a instanceof PSObject && !a.isCustomObject) return add(a.baseObject, b);
  const e = enumerateValue(a);
  if (e) return [...e, ...items(b)];
  throw notDefined('add', a);
}

export function subtract(left: unknown, right: unknown): unknown {
  if (typeof left === 'number' && typeof right === 'number') {
    return (left | 0) === left && (right | 0) === right ? intOrDouble(left - right) : makeDouble(left - right);
  }
  // Get-Date's DateTime comes wrapped (it carries DisplayHint); the operator works on what is inside.
  const a = baseObject(left);
  const b = baseObject(right);
  if (a instanceof DateTime) {
    if (b instanceof DateTime) return new TimeSpan((a.wallMs - b.wallMs) * 1e4 + (a.subTicks - b.subTicks));
    if (b instanceof TimeSpan) return a.addMs(-b.ticks / 1e4);
    // .NET has DateTime - DateTime and DateTime - TimeSpan; anything else converts to both.
    throw runtimeError('MethodCountCouldNotFindBest', fmt(Msg.MethodAmbiguousOverloads, 'op_Subtraction', 2), 'NotSpecified',
      'System.Management.Automation.MethodException');
  }
  if (a instanceof TimeSpan) return new TimeSpan(a.ticks - (b instanceof TimeSpan ? b.ticks : toJsNumber(toNumeric(b))));
  if (isNull(a)) return numericOp('sub', 0, toNumeric(b));
  if (isNumber(a) || typeof a === 'string' || typeof a === 'boolean' || a instanceof PSChar) return numericOp('sub', toNumeric(a), toNumeric(b, typeNameOf(a)));
  throw notDefined('sub', a);
}

export function multiply(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') return (a | 0) === a && (b | 0) === b ? intOrDouble(a * b) : makeDouble(a * b);
  if (typeof a === 'string') return a.repeat(Math.max(0, toJsNumber(toNumeric(b))));
  if (Array.isArray(a)) {
    const n = toJsNumber(toNumeric(b));
    const out: unknown[] = [];
    for (let i = 0; i < n; i++) out.push(...a);
    return out;
  }
  if (isNull(a)) return null;
  if (isNumber(a) || typeof a === 'boolean' || a instanceof PSChar) return numericOp('mul', toNumeric(a), toNumeric(b, typeNameOf(a)));
  throw notDefined('mul', a);
}

export function divide(a: unknown, b: unknown): unknown {
  if (isNull(a)) a = 0;
  if (isNumber(a) || typeof a === 'string' || typeof a === 'boolean' || a instanceof PSChar) return numericOp('div', toNumeric(a), toNumeric(b, typeNameOf(a)));
  throw notDefined('div', a);
}

export function remainder(a: unknown, b: unknown): unknown {
  if (isNull(a)) a = 0;
  if (isNumber(a) || typeof a === 'string' || typeof a === 'boolean' || a instanceof PSChar) return numericOp('mod', toNumeric(a), toNumeric(b, typeNameOf(a)));
  throw notDefined('mod', a);
}

export function negate(a: unknown): unknown {
  if (typeof a === 'number') return (a | 0) === a && a !== 0 ? intOrDouble(-a) : a === 0 ? 0 : makeDouble(-a);
  return numericOp('sub', 0, toNumeric(a));
}

export function unaryPlus(a: unknown): unknown {
  return toNumeric(a);
}

// Bitwise operators work on Int32 when both operands fit, else Int64.
function bitOperands(a: unknown, b: unknown): [bigint, bigint, boolean] {
  const x = toNumeric(a);
  const y = toNumeric(b);
  const wide = rank(x) !== 0 || rank(y) !== 0;
  return [toInt64(x), toInt64(y), wide];
}

function bitResult(n: bigint, wide: boolean): number | bigint {
  return wide ? BigInt.asIntN(64, n) : Number(BigInt.asIntN(32, n));
}

/** -band/-bor/-bxor/-bnot keep the left operand's enum type (`[Perm]::Read -bor 2` is a Perm; `2 -bor [Perm]::Read` an Int32). */
function asLeftEnum(left: unknown, result: unknown): unknown {
  const l = baseObject(left);
  return l instanceof EnumValue ? enumOfNumber(l.typeName, Number(result)) : result;
}

export function band(a: unknown, b: unknown): unknown {
  const [x, y, w] = bitOperands(a, b);
  return asLeftEnum(a, bitResult(x & y, w));
}
export function bor(a: unknown, b: unknown): unknown {
  const [x, y, w] = bitOperands(a, b);
  return asLeftEnum(a, bitResult(x | y, w));
}
export function bxor(a: unknown, b: unknown): unknown {
  const [x, y, w] = bitOperands(a, b);
  return asLeftEnum(a, bitResult(x ^ y, w));
}
export function shl(a: unknown, b: unknown): unknown {
  const [x, y, w] = bitOperands(a, b);
  return bitResult(x << (y & (w ? 63n : 31n)), w);
}
export function shr(a: unknown, b: unknown): unknown {
  const [x, y, w] = bitOperands(a, b);
  return bitResult(x >> (y & (w ? 63n : 31n)), w);
}
export function bnot(a: unknown): unknown {
  const x = toNumeric(a);
  return asLeftEnum(a, rank(x) === 0 ? ~toJsNumber(x) : BigInt.asIntN(64, ~toInt64(x)));
}
