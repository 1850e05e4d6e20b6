// Layout under the en-US culture the conformance recorder uses (LANG=en_US.UTF-8): pwsh word-wraps table cells and
// list values there. Expected text is from test/conformance/cases/formatting (recorded from pwsh 7.6.9).

import { DictionaryEntry, Hashtable, findType, registerType } from '../../src/runtime/values';
import { cultureLanguage, decimalDigitsForEnvironment } from '../../src/format/host-settings';
import { obj, render } from './helpers';

const en = { wordWrap: true };

test('the culture comes from LC_ALL, LC_MESSAGES or LANG; C and POSIX are invariant', () => {
  expect(cultureLanguage({ LANG: 'en_US.UTF-8' })).toBe('en');
  expect(cultureLanguage({ LC_ALL: 'de_DE.UTF-8', LANG: 'en_US.UTF-8' })).toBe('de');
  expect(cultureLanguage({ LANG: 'C.UTF-8' })).toBe('iv');
  expect(cultureLanguage({})).toBe('iv');
});

test('010 Format-Table -Wrap breaks between words', () => {
  const row = obj(['Id', 1], ['Text', 'word '.repeat(25).trim()]);
  expect(render([row], { ...en, request: { shape: 'table', wrap: true } })).toBe(
    `\nId Text\n-- ----\n 1 ${'word '.repeat(14)}word\n   ${'word '.repeat(9)}word\n\n`,
  );
});

test('011 a long list value wraps between words and keeps trailing spaces', () => {
  const row = obj(['Description', 'lorem ipsum '.repeat(12).trim()], ['A', 1], ['B', 2], ['C', 3], ['D', 4]);
  const first = 'lorem ipsum '.repeat(5);
  expect(render([row], en)).toBe(
    `\nDescription : ${first}\n              ${first}\n              lorem ipsum lorem ipsum\nA           : 1\nB           : 2\nC           : 3\nD           : 4\n\n`,
  );
});

test('023 Out-String -Width 40 lays the table out in 40 columns', () => {
  expect(render([obj(['Name', 'a'], ['Text', 'x'.repeat(50)])], { ...en, columns: 40 })).toBe(
    `\nName Text\n---- ----\na    ${'x'.repeat(34)}\u2026\n\n`,
  );
});

test('037 a dictionary entry: Name is 30 wide, Value takes the rest', () => {
  // DictionaryEntry's Key/Value as .NET exposes them, until the runtime registers its adapter
  if (!findType('System.Collections.DictionaryEntry')) {
    registerType({
      fullName: 'System.Collections.DictionaryEntry',
      jsClass: DictionaryEntry,
      properties: [
        { name: 'Key', get: (e: DictionaryEntry) => e.Key },
        { name: 'Value', get: (e: DictionaryEntry) => e.Value },
      ],
    });
  }
  expect(render([Hashtable.from([['Key', 'v'.repeat(90)]], true)], en)).toBe(
    `\nName                           Value\n----                           -----\nKey                            ${'v'.repeat(47)}\u2026\n\n`,
  );
});

test('017/033 floating-point cells get the en-US culture\'s three decimals', () => {
  // [pscustomobject]@{ Flag = $true; Num = 3.14; Int = -7; Str = 'left' }
  const row = obj(['Flag', true], ['Num', 3.14], ['Int', -7], ['Str', 'left']);
  expect(render([row], { ...en, decimalDigits: 3 })).toBe('\nFlag   Num Int Str\n----   --- --- ---\nTrue 3.140  -7 left\n\n');
  expect(decimalDigitsForEnvironment({ LANG: 'en_US.UTF-8' })).toBe(3);
  expect(decimalDigitsForEnvironment({ LANG: 'C.UTF-8' })).toBe(2);
});
