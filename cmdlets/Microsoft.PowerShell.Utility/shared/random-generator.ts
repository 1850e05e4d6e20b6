// Get-Random's number source, as pwsh's PolymorphicRandomNumberGenerator: cryptographic bytes by default, or with
// -SetSeed the bytes of .NET's seeded System.Random (Knuth's subtractive generator), so seeded runs repeat pwsh's
// numbers exactly.

import { randomFillSync } from 'node:crypto';

const MBIG = 2147483647;
const MSEED = 161803398;

/** .NET's seeded System.Random (the algorithm it keeps for seeded instances). */
class SeededDotNetRandom {
  private readonly seedArray = new Array<number>(56).fill(0);
  private inext = 0;
  private inextp = 21;

  constructor(seed: number) {
    const subtraction = seed === -2147483648 ? MBIG : Math.abs(seed);
    let mj = MSEED - subtraction;
    this.seedArray[55] = mj;
    let mk = 1;
    let ii = 0;
    for (let i = 1; i < 55; i++) {
      ii += 21;
      if (ii >= 55) ii -= 55;
      this.seedArray[ii] = mk;
      mk = mj - mk;
      if (mk < 0) mk += MBIG;
      mj = this.seedArray[ii];
    }
    for (let k = 1; k < 5; k++) {
      for (let i = 1; i < 56; i++) {
        let n = i + 30;
        if (n >= 55) n -= 55;
        this.seedArray[i] -= this.seedArray[1 + n];
        if (this.seedArray[i] < 0) this.seedArray[i] += MBIG;
      }
    }
  }

  private sample(): number {
    let next = this.inext + 1;
    if (next >= 56) next = 1;
    let nextp = this.inextp + 1;
    if (nextp >= 56) nextp = 1;
    let value = this.seedArray[next] - this.seedArray[nextp];
    if (value === MBIG) value--;
    if (value < 0) value += MBIG;
    this.seedArray[next] = value;
    this.inext = next;
    this.inextp = nextp;
    return value;
  }

  nextBytes(buffer: Buffer): void {
    for (let i = 0; i < buffer.length; i++) buffer[i] = this.sample() & 0xff;
  }
}

/** Cryptographic bytes drawn from a refilled pool (one system call per 4 KiB instead of per number). */
class CryptoBytes {
  private readonly pool = Buffer.alloc(4096);
  private offset = this.pool.length;
  fill(buffer: Buffer): void {
    for (let i = 0; i < buffer.length; i++) {
      if (this.offset === this.pool.length) {
        randomFillSync(this.pool);
        this.offset = 0;
      }
      buffer[i] = this.pool[this.offset++];
    }
  }
}

export class RandomNumberGenerator {
  private readonly seeded?: SeededDotNetRandom;
  private readonly crypto = new CryptoBytes();

  constructor(seed?: number) {
    if (seed !== undefined) this.seeded = new SeededDotNetRandom(seed);
  }

  nextBytes(buffer: Buffer): void {
    if (this.seeded) this.seeded.nextBytes(buffer);
    else this.crypto.fill(buffer);
  }

  private internalSample(): number {
    const b = Buffer.alloc(4);
    this.nextBytes(b);
    return b.readInt32LE(0);
  }

  /** A non-negative Int32 below Int32.MaxValue. */
  next(): number {
    let n: number;
    do n = this.internalSample();
    while (n === MBIG);
    return n < 0 ? n + MBIG : n;
  }

  nextDouble(): number {
    return this.next() * (1.0 / MBIG);
  }

  /** An Int32 in [min, max). */
  nextInRange(min: number, max: number): number {
    const range = max - min;
    if (range <= MBIG) return Math.trunc(this.nextDouble() * range) + min;
    let large: number;
    do large = this.internalSample();
    while (large === MBIG);
    const sample = (large + MBIG) * (1.0 / (2 * MBIG));
    return Math.trunc(sample * range) + min;
  }

  /** An Int64 in [min, max). */
  nextInt64(min: bigint, max: bigint): bigint {
    const diff = max - min;
    if (diff <= BigInt(MBIG)) return min + BigInt(this.nextInRange(0, Number(diff)));
    const bits = diff.toString(2).length;
    const mask = (1n << BigInt(bits)) - 1n;
    const buffer = Buffer.alloc(8);
    let value: bigint;
    do {
      this.nextBytes(buffer);
      value = buffer.readBigUInt64LE(0) & mask;
    } while (diff <= value);
    return BigInt(Math.trunc(Number(min) + Number(value)));
  }

  /** A Double in [min, max), retrying past floating-point rounding as pwsh does. */
  nextDoubleInRange(min: number, max: number): number {
    let diff = max - min;
    let value: number;
    if (!Number.isFinite(diff)) {
      do {
        const r = this.nextDouble();
        value = min + r * max - r * min;
      } while (value >= max);
      return value;
    }
    do {
      const r = this.nextDouble();
      value = min + r * diff;
      diff *= r;
    } while (value >= max);
    return value;
  }
}
