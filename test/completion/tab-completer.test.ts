// The REPL's readline completer: the first Tab puts the first match in place of the word, a second Tab on the
// same line hands readline every match to list; a continuation line completes within the whole statement.

import { createTabCompleter } from '../../src/cli/tab-completion';
import { makeFixture, Fixture } from './helpers';

let f: Fixture;
beforeEach(() => {
  f = makeFixture();
});
afterEach(() => f.cleanup());

const completer = (pending = '') => createTabCompleter((input, cursor) => f.rs.complete(input, cursor), () => pending);

test('one match replaces the word', () => {
  expect(completer()('Get-ChildI')).toEqual([['Get-ChildItem'], 'Get-ChildI']);
});

test('the replaced word is the whole token pwsh replaces, not only the typed prefix', () => {
  expect(completer()('Get-ChildItem fx/My')).toEqual([["'./fx/My Dir'"], 'fx/My']);
});

test('several matches: the first goes in; Tab again on that line lists them all', () => {
  const tab = completer();
  expect(tab('Get-ChildItem fx/b')).toEqual([['./fx/Beta'], 'fx/b']);
  expect(tab('Get-ChildItem ./fx/Beta')).toEqual([['./fx/Beta', './fx/beta2'], './fx/Beta']);
});

test('after the line changed, Tab completes afresh', () => {
  const tab = completer();
  tab('Get-ChildItem fx/b');
  expect(tab('Get-ChildItem ./fx/Beta/')).toEqual([['./fx/Beta/y'], './fx/Beta/']);
});

test('no match leaves the line alone', () => {
  expect(completer()('Zzzzq')).toEqual([[], 'Zzzzq']);
});

test('a continuation line completes in the context of the lines before it', () => {
  f.rs.invoke('$zqThing = 1');
  expect(completer('if ($true) {')('  $zqT')).toEqual([['$zqThing'], '$zqT']);
});
