// Get-Random -SetSeed must repeat pwsh's numbers; the expected values were printed by pwsh 7.6.9:
//   Get-Random -SetSeed 42 -Maximum 100; Get-Random -Maximum 100        → 17, 46
//   Get-Random -SetSeed 42                                              → 381294397
//   Get-Random -SetSeed 1 -Minimum 1.5 -Maximum 2.5                     → 1.5197391831408 (15 significant digits)
//   Get-Random -SetSeed 3 -Maximum 10000000000                          → 657629283

import { RandomNumberGenerator } from '../../cmdlets/Microsoft.PowerShell.Utility/shared/random-generator';

describe('Get-Random number source', () => {
  test('a seeded Int32 sequence matches pwsh', () => {
    const g = new RandomNumberGenerator(42);
    expect([g.nextInRange(0, 100), g.nextInRange(0, 100)]).toEqual([17, 46]);
    expect(new RandomNumberGenerator(42).nextInRange(0, 2147483647)).toBe(381294397);
  });

  test('a seeded Double matches pwsh to the digits it prints', () => {
    expect(new RandomNumberGenerator(1).nextDoubleInRange(1.5, 2.5).toPrecision(14)).toBe('1.5197391831408');
  });

  test('a seeded Int64 range matches pwsh', () => {
    expect(new RandomNumberGenerator(3).nextInt64(0n, 10000000000n)).toBe(657629283n);
  });

  test('an unseeded generator stays within its bounds', () => {
    const g = new RandomNumberGenerator();
    const seen = new Set(Array.from({ length: 1000 }, () => g.nextInRange(5, 9)));
    expect([...seen].sort()).toEqual([5, 6, 7, 8]);
  });
});
