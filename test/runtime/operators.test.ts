// Operators and conversions, each expectation copied from pwsh 7.6.9.

import { lines } from './helpers';

const cases: Array<[string, string[]]> = [
  ["'42' + 1", ['421']],
  ["1 + '42'", ['43']],
  ['5/2', ['2.5']],
  ['(4/2).GetType().Name', ['Int32']],
  ['[int]::MaxValue + 1', ['2147483648']],
  ['([int]::MaxValue + 1).GetType().Name', ['Double']],
  // Int64 overflow in *: the exact product converted to Double by truncation (pwsh's BigInteger path)
  ['[long]::MaxValue * 2', ['1.84467440737095E+19']],
  ['([long]::MaxValue * 2) -eq 1.844674407370955E+19', ['True']],
  // [string]$null is '' (also as an array element and a typed variable)
  ['$null -eq [string]$null', ['False']],
  ["'' -eq ([string[]]@('a', $null))[1]", ['True']],
  ['[string]$s = $null; $s.Length', ['0']],
  ['([long]::MaxValue * 3) -eq 2.7670116110564323E+19', ['True']],
  ['(-9223372036854775807 * [long]2) -eq -1.844674407370955E+19', ['True']],
  ['(1d + 1.5).GetType().Name', ['Decimal']],
  ['1d/3', ['0.3333333333333333333333333333']],
  ['([byte]1 + 1).GetType().Name', ['Int32']],
  ['(1l + 1).GetType().Name', ['Int64']],
  ['[long]::MaxValue + 1', ['9.22337203685478E+18']],
  ['0x7fffffff + 0x7fffffff', ['4294967294']],
  ['7 % -3; -7 % 3', ['1', '-1']],
  ['1.0/0', ['Infinity']],
  ['1/3', ['0.333333333333333']],
  ['0.1+0.2', ['0.3']],
  ['1e20', ['1E+20']],
  ['-1.5e-7', ['-1.5E-07']],
  ['"ab" * 3', ['ababab']],
  ["(1,2) * 2 -join ','", ['1,2,1,2']],
  ["'a' -lt 'B'", ['True']],
  ["'B' -clt 'a'", ['False']],
  ['-7 / 2', ['-3.5']],
  ['6 -shl 2; -bnot 5', ['24', '-6']],
  ["1,2,3,2 -eq 2", ['2', '2']],
  ["'abc' -like 'A*'; 'abc' -clike 'A*'", ['True', 'False']],
  ["'hello' -replace 'l(l)', '[$1]'", ['he[l]o']],
  ["'a1b22' -replace '(?<d>\\d+)', '<${d}>'", ['a<1>b<22>']],
  ["'a,b,,c' -split ','", ['a', 'b', '', 'c']],
  ["'a,b,c' -split ',', 2", ['a', 'b,c']],
  ["-split ' a  b '", ['a', 'b']],
  ['"{0,5}|{1,-5}|{2:N2}|{3:D4}|{4:X}|{5:P1}|{6:F3}|{7:E2}" -f 1,2,1234.567,42,255,0.125,3.14159,12345.678', ['    1|2    |1,234.57|0042|FF|12.5 %|3.142|1.23E+004']],
  ['"{0:0.00}|{0:#,##0.0}" -f 1234.5', ['1234.50|1,234.5']],
  ["3 -in 1,2,3; 'A' -notin 'a','b'", ['True', 'False']],
  ["(1,2,3) -contains '2'", ['True']],
  ["1 -is [int]; 1 -is [double]; 'x' -is [string]; $null -is [object]", ['True', 'False', 'True', 'False']],
  ["'5' -as [int]; ('x' -as [int]) -eq $null", ['5', 'True']],
  ['[bool]"false"; [bool]0; [bool]@(); [bool]@(0); [bool]@(0,0)', ['True', 'False', 'False', 'False', 'True']],
  ['[int]"0x1F"; [int]" 12 "; [int]"1e3"; [int]2.5; [int]3.5; [int]"1kb"', ['31', '12', '1000', '2', '4', '1024']],
  ["$null ?? 'd'; 0 ?? 'd'", ['d', '0']],
  ["'x' ? 1 : 2", ['1']],
  ["[string](1,2,3)", ['1 2 3']],
  ['"$([pscustomobject]@{a=1;b=$null})"', ['@{a=1; b=}']],
  ["'abc' -match 'b(?<x>c)'; $Matches.x; $Matches[0]", ['True', 'c', 'bc']],
];

describe('operators and conversions match pwsh', () => {
  test.each(cases)('%s', (script, expected) => {
    expect(lines(script)).toEqual(expected);
  });
});

describe('conversion errors carry pwsh texts', () => {
  test.each([
    ['[int]"abc"', 'ERR InvalidCastFromStringToInteger: Cannot convert value "abc" to type "System.Int32". Error: "The input string \'abc\' was not in a correct format."'],
    ['[int]"99999999999"', 'ERR InvalidCastFromStringToInteger: Cannot convert value "99999999999" to type "System.Int32". Error: "Value was either too large or too small for an Int32."'],
    ['[guid]"x"', 'ERR InvalidCastParseTargetInvocationWithFormatProvider: Cannot convert value "x" to type "System.Guid". Error: "Unrecognized Guid format."'],
    ['[char]"ab"', 'ERR InvalidCastParseTargetInvocation: Cannot convert value "ab" to type "System.Char". Error: "String must be exactly one character long."'],
    ['[System.Nope]"ab"', 'ERR TypeNotFound: Unable to find type [System.Nope].'],
    ['1/0', 'ERR RuntimeException: Attempted to divide by zero.'],
    ['"a".Foo()', "ERR MethodNotFound: Method invocation failed because [System.String] does not contain a method named 'Foo'."],
    ['$null.Foo()', 'ERR InvokeMethodOnNull: You cannot call a method on a null-valued expression.'],
    ['"x".Substring(5)', 'ERR ArgumentOutOfRangeException: Exception calling "Substring" with "1" argument(s): "startIndex cannot be larger than length of string. (Parameter \'startIndex\')"'],
    ["@{a=1} + @{a=2}", "ERR System.ArgumentException: Item has already been added. Key in dictionary: 'a'  Key being added: 'a'"],
  ])('%s', (script, expected) => {
    expect(lines(script)).toEqual([expected]);
  });
});
