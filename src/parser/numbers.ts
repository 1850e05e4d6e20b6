// Numeric literals: the value and the .NET type pwsh gives a literal (`1` Int32, `5000000000` Int64, `1.0` Double,
// `1d` Decimal, `0xFFFFFFFF` Int32 -1, `1kb` 1024), so the runtime can keep the types apart.
import type { ConstantExpressionAst, Extent, NumericType } from './ast';

const MULTIPLIERS: Record<string, bigint> = {
  kb: 1024n,
  mb: 1024n ** 2n,
  gb: 1024n ** 3n,
  tb: 1024n ** 4n,
  pb: 1024n ** 5n,
};

const SUFFIX_TYPES: Record<string, NumericType> = {
  l: 'Int64',
  d: 'Decimal',
  u: 'UInt32',
  ul: 'UInt64',
  y: 'SByte',
  uy: 'Byte',
  s: 'Int16',
  us: 'UInt16',
  n: 'BigInteger',
};

const INT32_MAX = 2n ** 31n - 1n;
const INT64_MAX = 2n ** 63n - 1n;
const DECIMAL_MAX = 79228162514264337593543950335n;


const LITERAL = /^([-+\u2013\u2014\u2015]?)(0x[0-9a-f]+|0b[01]+|[0-9]*\.?[0-9]*(?:e[+-]?[0-9]+)?)(ul|uy|us|u|l|d|y|s|n)?(kb|mb|gb|tb|pb)?$/i;

/** Builds the ConstantExpressionAst for a literal the grammar matched (`text` may start with a dash). */
export function numberLiteral(text: string, extent: Extent): ConstantExpressionAst {
  const small = smallInt(text);
  if (small >= 0) return { type: 'ConstantExpressionAst', numericType: 'Int32', value: small, extent };
  const match = LITERAL.exec(text);
  if (!match) throw new Error(`not a numeric literal: ${text}`);
  const negative = match[1] !== '' && match[1] !== '+';
  const body = match[2].toLowerCase();
  const suffix = match[3]?.toLowerCase();
  const multiplier = match[4] ? MULTIPLIERS[match[4].toLowerCase()] : 1n;

  if (body.startsWith('0x') || body.startsWith('0b')) {
    let value = BigInt(body);
    if (!suffix) {
      // pwsh reads up to 32 bits as Int32 and up to 64 bits as Int64, both as two's complement.
      if (value <= 0xffffffffn) value = BigInt.asIntN(32, value);
      else if (value <= 0xffffffffffffffffn) value = BigInt.asIntN(64, value);
    }
    return integer(negative ? -value * multiplier : value * multiplier, suffix, extent);
  }

  const isReal = /[.e]/.test(body);
  if (suffix === 'd') return decimal(negative, body, multiplier, extent);
  if (isReal) {
    const value = Number(body) * Number(multiplier) * (negative ? -1 : 1);
    if (suffix && suffix !== 'd' && Number.isInteger(value)) return integer(BigInt(value), suffix, extent);
    return { type: 'ConstantExpressionAst', numericType: 'Double', value, extent };
  }
  const value = BigInt(body) * multiplier * (negative ? -1n : 1n);
  return integer(value, suffix, extent);
}

// Up to nine digits always fit in an Int32: the common case, without the general path. -1 for anything else.
function smallInt(text: string): number {
  if (text.length > 9) return -1;
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return text.length ? value : -1;
}

function integer(value: bigint, suffix: string | undefined, extent: Extent): ConstantExpressionAst {
  let numericType: NumericType;
  if (suffix) numericType = SUFFIX_TYPES[suffix];
  else if (value >= -INT32_MAX - 1n && value <= INT32_MAX) numericType = 'Int32';
  else if (value >= -INT64_MAX - 1n && value <= INT64_MAX) numericType = 'Int64';
  else if (value >= -DECIMAL_MAX && value <= DECIMAL_MAX) {
    return { type: 'ConstantExpressionAst', numericType: 'Decimal', value: Number(value), decimalValue: value.toString(), extent };
  } else return { type: 'ConstantExpressionAst', numericType: 'Double', value: Number(value), extent };
  if (numericType === 'UInt32' && value > 0xffffffffn) numericType = 'UInt64';
  const node: ConstantExpressionAst = { type: 'ConstantExpressionAst', numericType, value: Number(value), extent };
  if (numericType !== 'Int32') node.bigValue = value;
  return node;
}

function decimal(negative: boolean, body: string, multiplier: bigint, extent: Extent): ConstantExpressionAst {
  const sign = negative ? '-' : '';
  let digits: string;
  if (body.includes('e') || multiplier !== 1n) digits = String(Number(body) * Number(multiplier));
  else digits = body.replace(/^0+(?=\d)/, '').replace(/^\./, '0.');
  if (digits.endsWith('.')) digits = digits.slice(0, -1);
  const decimalValue = sign + digits;
  return { type: 'ConstantExpressionAst', numericType: 'Decimal', value: Number(decimalValue), decimalValue, extent };
}
