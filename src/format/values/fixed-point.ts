// The "F" numeric format pwsh applies to Double, Single and Decimal cells of tables built from properties (PR #17650):
// the culture's NumberDecimalDigits decimals (2 invariant, 3 en-US). Doubles round their exact binary value, ties to even, keeping
// the sign of a negative value that rounds to zero; decimals round half away from zero.

import { Decimal, DoubleBox, TypedNumber, isInt32 } from '../../runtime/values';

/** The invariant culture's NumberDecimalDigits. */
export const NUMBER_DECIMAL_DIGITS = 2;

function withDecimals(magnitude: bigint, digits: number): string {
  const text = magnitude.toString().padStart(digits + 1, '0');
  return digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/** Double → "F<digits>" text. */
export function doubleToFixed(x: number, digits = NUMBER_DECIMAL_DIGITS): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return '\u221e';
  if (x === -Infinity) return '-\u221e';
  // toFixed rounds the exact value too; only exact ties (to even in .NET, up in JS), -0 and huge values differ
  const scaled = Math.abs(x) * 10 ** digits;
  if (Math.abs(x) < 1e15 && !Object.is(x, -0) && Math.abs((scaled % 1) - 0.5) > 1e-6) return x.toFixed(digits);
  return exactFixed(x, digits);
}

function exactFixed(x: number, digits: number): string {
  const negative = x < 0 || Object.is(x, -0);
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const bits = view.getBigUint64(0);
  const exponentBits = Number((bits >> 52n) & 0x7ffn);
  let mantissa = bits & ((1n << 52n) - 1n);
  let exponent: number;
  if (exponentBits === 0) {
    exponent = -1074;
  } else {
    mantissa |= 1n << 52n;
    exponent = exponentBits - 1075;
  }
  const scaled = mantissa * 10n ** BigInt(digits);
  let rounded: bigint;
  if (exponent >= 0) {
    rounded = scaled << BigInt(exponent);
  } else {
    const divisor = 1n << BigInt(-exponent);
    const quotient = scaled / divisor;
    const twice = (scaled % divisor) * 2n;
    rounded = twice > divisor || (twice === divisor && quotient % 2n === 1n) ? quotient + 1n : quotient;
  }
  return (negative ? '-' : '') + withDecimals(rounded, digits);
}

/** Decimal → "F<digits>" text. */
export function decimalToFixed(d: Decimal, digits = NUMBER_DECIMAL_DIGITS): string {
  const negative = d.mantissa < 0n;
  let magnitude = negative ? -d.mantissa : d.mantissa;
  if (d.scale > digits) {
    const divisor = 10n ** BigInt(d.scale - digits);
    const remainder = magnitude % divisor;
    magnitude = magnitude / divisor + (remainder * 2n >= divisor ? 1n : 0n);
  } else {
    magnitude *= 10n ** BigInt(digits - d.scale);
  }
  return (negative && magnitude !== 0n ? '-' : '') + withDecimals(magnitude, digits);
}

/** The F text of a floating-point or decimal value; undefined for any other value. */
export function fixedPointText(v: unknown, digits = NUMBER_DECIMAL_DIGITS): string | undefined {
  if (typeof v === 'number' && !isInt32(v)) return doubleToFixed(v, digits);
  if (v instanceof DoubleBox) return doubleToFixed(v.value, digits);
  if (v instanceof Decimal) return decimalToFixed(v, digits);
  if (v instanceof TypedNumber && v.type === 'System.Single') return doubleToFixed(Number(v.value), digits);
  return undefined;
}
