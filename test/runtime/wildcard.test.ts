// One wildcard matcher for -like and provider paths: the same answers for the same pattern (checked against pwsh in
// test/conformance/cases/operators/045..047); provider paths treat an invalid pattern as matching nothing.

import { wildcardRegex, WildcardPattern as RuntimePattern, hasWildcard } from '../../src/runtime/operators/wildcard';
import { WildcardPattern as ProviderPattern } from '../../src/providers/core/wildcard';
import { DotNetException } from '../../src/runtime/values';

const table: Array<[string, string, boolean]> = [
  ['b', '[^a]', false], ['^', '[^a]', true], ['!', '[!a]', true], [']', '[]]', true], ['-', '[a-]', true],
  ['d', '[a-c-e]', false], [']', '[`]]', true], ['a*', 'a`*', true], ['ab', 'a`*', false], ['a`', 'a`', true],
  ['a\nb', 'a?b', true], ['ABC', 'a*', true], ['file.txt', '*.TXT', true], ['x', '`', false], ['', '`', true],
];

test.each(table)('%j -like %j is %s in both callers', (text, pattern, expected) => {
  expect(wildcardRegex(pattern, true).test(text)).toBe(expected);
  expect(new ProviderPattern(pattern, true).isMatch(text)).toBe(expected);
});

test('case-sensitive matching', () => {
  expect(new RuntimePattern('a*', false).isMatch('ABC')).toBe(false);
  expect(new RuntimePattern('[a-c]', false).isMatch('B')).toBe(false);
});

test.each(['a[', '[]', '[c-a]'])('%j is a WildcardPatternException for -like, no match for a provider path', (pattern) => {
  expect(() => wildcardRegex(pattern, true)).toThrow(DotNetException);
  expect(new ProviderPattern(pattern, true).isMatch(pattern)).toBe(false);
});

test('hasWildcard skips escaped characters', () => {
  expect(hasWildcard('a`*b')).toBe(false);
  expect(hasWildcard('a`**')).toBe(true);
  expect(hasWildcard('[x]')).toBe(true);
});
