// Numeric values. Int32 is a plain JS number holding an integer in the Int32 range, so loops stay on the fast path.
// A JS number that is not such an integer (fraction, out of range, NaN, ±Infinity) is a Double. An integral Double
// ([double]2, 2.5 + 0.5) is boxed in DoubleBox so it keeps its type. Int64 is a JS bigint. Decimal is a scaled
// bigint (Decimal). Rarer integer/float types (Byte, Int16, UInt32, UInt64, Single, ...) are TypedNumber boxes.

import { currentCulture } from './datetime';

export const INT32_MIN = -2147483648;
export const INT32_MAX = 2147483647;
export const INT64_MIN = -(2n ** 63n);
export const INT64_MAX = 2n ** 63n - 1n;

/** A Double whose value happens to be integral: kept apart from Int32 because its type shows (GetType, -is, F format). */
export class DoubleBox {
  constructor(readonly value: number) {}
}

export type NumericTypeName =
  | 'System.Byte' | 'System.SByte' | 'System.Int16' | 'System.UInt16' | 'System.UInt32' | 'System.UInt64' | 'System.Single';

/** A number of one of .NET's less common numeric types; value is a JS number (bigint for UInt64). */
export class TypedNumber {
  constructor(readonly type: NumericTypeName, readonly value: number | bigint) {}
}

export function isInt32(v: unknown): v is number {
  return typeof v === 'number' && (v | 0) === v && !Object.is(v, -0);
}

/** Makes a Double value: plain number unless integral (then boxed so it stays a Double). */
export function makeDouble(n: number): number | DoubleBox {
  return (n | 0) === n && !Object.is(n, -0) ? new DoubleBox(n) : n;
}

/** Int32 when it fits, else Double (pwsh widens Int32 overflow to Double). */
export function intOrDouble(n: number): number | DoubleBox {
  return (n | 0) === n ? n : makeDouble(n);
}

/** Int64 result of bigint arithmetic, or Double on overflow. */
export function longOrDouble(n: bigint): bigint | number | DoubleBox {
  return n >= INT64_MIN && n <= INT64_MAX ? n : makeDouble(Number(n));
}

export function isDouble(v: unknown): boolean {
  return v instanceof DoubleBox || (typeof v === 'number' && !isInt32(v));
}

export function isNumeric(v: unknown): boolean {
  return typeof v === 'number' || typeof v === 'bigint' || v instanceof DoubleBox || v instanceof Decimal || v instanceof TypedNumber;
}

/** The JS number of any numeric value (Decimal and Int64 may lose precision). */
export function toJsNumber(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof DoubleBox) return v.value;
  if (v instanceof Decimal) return v.toNumber();
  if (v instanceof TypedNumber) return Number(v.value);
  return NaN;
}

/** .NET type name of a numeric value. */
export function numericTypeName(v: unknown): string | undefined {
  if (typeof v === 'number') return isInt32(v) ? 'System.Int32' : 'System.Double';
  if (typeof v === 'bigint') return 'System.Int64';
  if (v instanceof DoubleBox) return 'System.Double';
  if (v instanceof Decimal) return 'System.Decimal';
  if (v instanceof TypedNumber) return v.type;
  return undefined;
}

/** Double.ToString() as pwsh prints it (invariant culture, 15 significant digits, .NET "E+XX" exponents). */
export function formatDouble(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (n === Infinity) return currentCulture().name === 'en-US' ? '∞' : 'Infinity';
  if (n === -Infinity) return currentCulture().name === 'en-US' ? '-∞' : '-Infinity';
  if (n === 0) return Object.is(n, -0) ? '-0' : '0';
  return formatGeneral(n, 15);
}

/** Double.ToString() called as a method: the shortest round-trip text, exponent from 1E+15 (.NET Core). */
export function formatRoundTrip(n: number): string {
  if (!Number.isFinite(n) || n === 0) return formatDouble(n);
  const [mant, e] = n.toExponential().split('e');
  const exp = Number(e);
  if (exp >= 15 || exp < -4) return `${mant}E${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  return String(n);
}

/** Single.ToString(): shortest round-trip for a 32-bit float. */
export function formatSingle(n: number): string {
  if (!Number.isFinite(n)) return formatDouble(n);
  for (let p = 1; p <= 9; p++) {
    const s = Number(n.toPrecision(p));
    if (Math.fround(s) === Math.fround(n)) return formatGeneral(s, p);
  }
  return formatGeneral(n, 9);
}

/** .NET "G<precision>" formatting. */
export function formatGeneral(n: number, precision: number): string {
  const exp = Number(n.toExponential(precision - 1).split('e')[1]);
  if (exp >= precision || exp < -4) {
    let [mant, e] = n.toExponential(precision - 1).split('e');
    if (mant.includes('.')) mant = mant.replace(/0+$/, '').replace(/\.$/, '');
    const en = Number(e);
    return `${mant}E${en < 0 ? '-' : '+'}${String(Math.abs(en)).padStart(2, '0')}`;
  }
  let s = n.toPrecision(precision);
  if (s.includes('e')) s = Number(s).toFixed(Math.max(0, precision - 1 - exp));
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  return s;
}

/** System.Decimal: mantissa × 10^-scale, scale 0..28, keeping trailing zeros like .NET (1.50d prints 1.50). */
export class Decimal {
  constructor(readonly mantissa: bigint, readonly scale: number) {}

  static fromNumber(n: number): Decimal {
    if (!Number.isFinite(n)) throw new RangeError('Value was either too large or too small for a Decimal.');
    // .NET converts a Double to Decimal with 15 significant digits.
    const s = formatGeneral(n, 15);
    return Decimal.parse(s.includes('E') ? Number(s).toFixed(Math.min(28, Math.max(0, -Number(s.split('E')[1]) + 15))) : s)!;
  }

  static fromBigInt(n: bigint): Decimal {
    return new Decimal(n, 0);
  }

  /** Parses invariant decimal text ("-12.340", "1e3"); undefined when it is not a number. */
  static parse(text: string): Decimal | undefined {
    const m = /^\s*([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?\s*$/.exec(text);
    if (!m || (m[2] === '' && (m[3] ?? '') === '')) return undefined;
    const frac = m[3] ?? '';
    let mant = BigInt((m[2] || '0') + frac);
    let scale = frac.length - Number(m[4] ?? 0);
    if (scale < 0) {
      mant *= 10n ** BigInt(-scale);
      scale = 0;
    }
    if (m[1] === '-') mant = -mant;
    return Decimal.normalizeScale(mant, scale);
  }

  private static normalizeScale(mant: bigint, scale: number): Decimal {
    while (scale > 28) {
      mant = roundDiv(mant, 10n);
      scale--;
    }
    return new Decimal(mant, scale);
  }

  private aligned(o: Decimal): [bigint, bigint, number] {
    const s = Math.max(this.scale, o.scale);
    return [this.mantissa * 10n ** BigInt(s - this.scale), o.mantissa * 10n ** BigInt(s - o.scale), s];
  }

  add(o: Decimal): Decimal {
    const [a, b, s] = this.aligned(o);
    return new Decimal(a + b, s);
  }
  sub(o: Decimal): Decimal {
    const [a, b, s] = this.aligned(o);
    return new Decimal(a - b, s);
  }
  mul(o: Decimal): Decimal {
    return Decimal.normalizeScale(this.mantissa * o.mantissa, this.scale + o.scale);
  }
  div(o: Decimal): Decimal {
    if (o.mantissa === 0n) throw new RangeError('Attempted to divide by zero.');
    // Up to 28 fractional digits; trailing zeros of an inexact quotient are trimmed as .NET does.
    const [a, b] = this.aligned(o);
    const digits = 28 - Math.max(0, (a / b).toString().replace('-', '').length - 1);
    const p = 10n ** BigInt(Math.max(0, digits));
    const q = roundDiv(a * p, b);
    let res = new Decimal(q, Math.max(0, digits));
    while (res.scale > 0 && res.mantissa % 10n === 0n) res = new Decimal(res.mantissa / 10n, res.scale - 1);
    return res;
  }
  mod(o: Decimal): Decimal {
    const [a, b, s] = this.aligned(o);
    return new Decimal(a % b, s);
  }
  compare(o: Decimal): number {
    const [a, b] = this.aligned(o);
    return a < b ? -1 : a > b ? 1 : 0;
  }
  toNumber(): number {
    return Number(this.toString());
  }
  /** Rounds to an integer with banker's rounding (what [int] casts do). */
  toBigInt(): bigint {
    if (this.scale === 0) return this.mantissa;
    const p = 10n ** BigInt(this.scale);
    return roundHalfEven(this.mantissa, p);
  }
  toString(): string {
    const neg = this.mantissa < 0n;
    let digits = (neg ? -this.mantissa : this.mantissa).toString();
    if (this.scale > 0) {
      digits = digits.padStart(this.scale + 1, '0');
      digits = digits.slice(0, digits.length - this.scale) + '.' + digits.slice(digits.length - this.scale);
    }
    return (neg ? '-' : '') + digits;
  }
}

function roundDiv(a: bigint, b: bigint): bigint {
  return roundHalfEven(a, b);
}

/** a / b rounded half to even (banker's rounding, .NET's default MidpointRounding). */
export function roundHalfEven(a: bigint, b: bigint): bigint {
  if (b < 0n) {
    a = -a;
    b = -b;
  }
  let q = a / b;
  const r = a - q * b;
  const twice = (r < 0n ? -r : r) * 2n;
  if (twice > b || (twice === b && q % 2n !== 0n)) q += r < 0n ? -1n : 1n;
  return q;
}

/** Math.Round(x) with banker's rounding, as [int] casts of doubles do. */
export function bankersRound(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
