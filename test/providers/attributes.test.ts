// Get-ChildItem -Attributes (pwsh's FlagsExpression over FileAttributes) and FileInfo.IsReadOnly, as pwsh 7.6.9 on Linux.

import * as fs from 'fs';
import * as path from 'path';
import GetChildItem from '../../cmdlets/Microsoft.PowerShell.Management/Get-ChildItem';
import { newSession, removeSession, run, TestSession, Terminated } from './harness';
import { parseAttributesExpression } from '../../src/providers/filesystem/attributes-expression';
import { FileInfo } from '../../src/providers/filesystem/file-system-info';

let t: TestSession;
const at = (...p: string[]) => path.join(t.dir, ...p);
beforeEach(() => {
  t = newSession();
  fs.mkdirSync(at('d'));
  fs.mkdirSync(at('.hd'));
  for (const f of ['f.txt', '.h.txt', 'ro.txt']) fs.writeFileSync(at(f), '1\n');
  fs.chmodSync(at('ro.txt'), 0o444);
});
afterEach(() => removeSession(t));

const names = (attributes: string, extra: Record<string, unknown> = {}) =>
  run(t, GetChildItem, { Attributes: attributes, Name: true, ...extra }).output;

test.each([
  ['Directory', ['d']],
  ['!Directory', ['f.txt', 'ro.txt']],
  ['Hidden', ['.hd', '.h.txt']],
  ['Directory+Hidden', ['.hd']],
  ['Directory,Hidden', ['.hd', 'd', '.h.txt']],
  ['Hidden, ReadOnly', ['.hd', '.h.txt', 'ro.txt']],
  ['!ReadOnly', ['d', 'f.txt']],
  ['Normal', ['f.txt']],
])('-Attributes %s lists %j', (attributes, expected) => {
  expect(names(attributes)).toEqual(expected);
});

test('-Force adds hidden items; the switches narrow further', () => {
  expect(names('!Directory', { Force: true })).toEqual(['.h.txt', 'f.txt', 'ro.txt']);
  expect(names('Hidden', { File: true })).toEqual(['.h.txt']);
});

test('text pwsh cannot convert stops the command with its binding error', () => {
  expect(() => parseAttributesExpression('Directory+')).toThrow('Unable to parse the expression due to an unexpected token.');
  expect(() => parseAttributesExpression('!!Hidden')).toThrow('Unable to parse the expression');
  expect(() => parseAttributesExpression('Bogus')).toThrow('Unable to match the identifier name Bogus to a valid enumerator name.');
  let record;
  try {
    names('Bogus');
  } catch (e) {
    record = (e as Terminated).record;
  }
  expect(record?.errorId).toBe('CannotConvertArgumentNoMessage');
  expect(record?.exception.message).toMatch(/^Cannot bind parameter 'Attributes'\. Cannot convert value "Bogus" to type "System\.Management\.Automation\.FlagsExpression`1\[System\.IO\.FileAttributes\]"\. Error: "Unable to match/);
});

test('IsReadOnly = $true takes every write bit away; $false gives the owner its back', () => {
  fs.chmodSync(at('f.txt'), 0o666);
  const file = new FileInfo(at('f.txt'));
  file.isReadOnly = true;
  expect(fs.statSync(at('f.txt')).mode & 0o777).toBe(0o444);
  expect(file.attributes).toEqual(['ReadOnly']);
  file.isReadOnly = false;
  expect(fs.statSync(at('f.txt')).mode & 0o777).toBe(0o644);
});
