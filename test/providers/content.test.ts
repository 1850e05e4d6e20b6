// Get-Content, Set-Content, Add-Content: lines, -Raw, -TotalCount/-Tail/-ReadCount, the notes on each line, and
// content of Env:/Variable:/Alias: items, as pwsh 7.6.9 does on Linux.

import * as fs from 'fs';
import * as path from 'path';
import GetContent from '../../cmdlets/Microsoft.PowerShell.Management/Get-Content';
import SetContent from '../../cmdlets/Microsoft.PowerShell.Management/Set-Content';
import AddContent from '../../cmdlets/Microsoft.PowerShell.Management/Add-Content';
import { newSession, removeSession, run, errorLine, note, text, TestSession } from './harness';
import { PSObject } from '../../src/runtime/values';

let t: TestSession;
const at = (...p: string[]) => path.join(t.dir, ...p);
beforeEach(() => {
  t = newSession();
});
afterEach(() => removeSession(t));

test('Set-Content writes one line per value; Add-Content appends; -NoNewline runs them together', () => {
  run(t, SetContent, { Path: ['n2.txt'], Value: ['a', 'b'] });
  expect(fs.readFileSync(at('n2.txt'), 'utf8')).toBe('a\nb\n');
  run(t, AddContent, { Path: ['n2.txt'], Value: ['c'] });
  expect(run(t, GetContent, { Path: ['n2.txt'] }).output.map(text)).toEqual(['a', 'b', 'c']);
  run(t, SetContent, { Path: ['nn.txt'], Value: ['abc'], NoNewline: true });
  run(t, AddContent, { Path: ['nn.txt'], Value: ['def'] });
  expect(fs.readFileSync(at('nn.txt'), 'utf8')).toBe('abcdef\n');
  run(t, SetContent, { Path: ['nn.txt'], Value: ['abc'] });
  run(t, AddContent, { Path: ['nn.txt'], Value: ['def', 'g'] });
  expect(fs.readFileSync(at('nn.txt'), 'utf8')).toBe('abc\ndef\ng\n');
});

test('values from the pipeline are written one after another, the first replacing the content', () => {
  run(t, SetContent, { Path: ['p.txt'] }, { input: [1, 'two', 3.5] });
  expect(fs.readFileSync(at('p.txt'), 'utf8')).toBe('1\ntwo\n3.5\n');
});

test('each line carries PSPath, PSParentPath, PSChildName, PSDrive, PSProvider and ReadCount', () => {
  fs.writeFileSync(at('l.txt'), 'one\r\ntwo\n');
  const lines = run(t, GetContent, { Path: ['l.txt'] }).output as PSObject[];
  expect(lines.map(text)).toEqual(['one', 'two']);
  expect(lines[1].propertyMembers().map((m) => m.name)).toEqual(['PSPath', 'PSParentPath', 'PSChildName', 'PSDrive', 'PSProvider', 'ReadCount']);
  expect(note(lines[1], 'ReadCount')).toBe(2);
  expect(note(lines[1], 'PSChildName')).toBe('l.txt');
});

test('-Raw, -TotalCount, -Tail, -ReadCount', () => {
  fs.writeFileSync(at('n.txt'), 'abc\ndef\ng\n');
  expect(run(t, GetContent, { Path: ['n.txt'], Raw: true }).output.map(text)).toEqual(['abc\ndef\ng\n']);
  expect(run(t, GetContent, { Path: ['n.txt'], TotalCount: 1 }).output.map(text)).toEqual(['abc']);
  expect(run(t, GetContent, { Path: ['n.txt'], TotalCount: 0 }).output).toEqual([]);
  expect(run(t, GetContent, { Path: ['n.txt'], Tail: 1 }).output.map(text)).toEqual(['g']);
  const blocks = (params: Record<string, unknown>) => (run(t, GetContent, { Path: ['n.txt'], ...params }).output as PSObject[])
    .map((b) => ({ items: b.baseObject, readCount: note(b, 'ReadCount'), child: note(b, 'PSChildName') }));
  // As pwsh, each block is one array carrying the notes; its ReadCount is the number of items read so far.
  expect(blocks({ ReadCount: 0 })).toEqual([{ items: ['abc', 'def', 'g'], readCount: 3, child: 'n.txt' }]);
  expect(blocks({ ReadCount: 2 })).toEqual([{ items: ['abc', 'def'], readCount: 2, child: 'n.txt' }, { items: ['g'], readCount: 3, child: 'n.txt' }]);
  expect(blocks({ ReadCount: 2, TotalCount: 3 }).map((b) => b.items)).toEqual([['abc', 'def'], ['g']]);
  expect(blocks({ ReadCount: -1, Tail: 2 }).map((b) => b.items)).toEqual([['def', 'g']]);
  expect(run(t, GetContent, { Path: ['n.txt'], TotalCount: 1, Tail: 1 }).errors.map(errorLine)).toEqual([
    'TailAndHeadCannotCoexist | InvalidOperation | System.InvalidOperationException | The parameters TotalCount and Tail cannot be used together. Please specify only one parameter.',
  ]);
});

test('errors: missing file, a directory, a missing parent directory', () => {
  for (const cmd of [SetContent, AddContent]) {
    expect(run(t, cmd, { Path: ['nodir/x.txt'], Value: ['a'] }).errors.map(errorLine)).toEqual([
      `GetContentWriterDirectoryNotFoundError | ObjectNotFound | System.IO.DirectoryNotFoundException | Could not find a part of the path '${t.dir}/nodir/x.txt'.`,
    ]);
  }
  fs.mkdirSync(at('Bdir'));
  expect(run(t, GetContent, { Path: ['nope.txt'] }).errors.map(errorLine)).toEqual([
    `PathNotFound | ObjectNotFound | System.Management.Automation.ItemNotFoundException | Cannot find path '${t.dir}/nope.txt' because it does not exist.`,
  ]);
  expect(run(t, GetContent, { Path: ['Bdir'] }).errors.map(errorLine)).toEqual([
    `GetContainerContentException | InvalidOperation | System.InvalidOperationException | Unable to get content because it is a directory: '${t.dir}/Bdir'. Please use 'Get-ChildItem' instead.`,
  ]);
});

test('content of Env:, Variable: and Alias: items is their value', () => {
  const name = `PSNODE_TEST_${process.pid}_${Date.now()}`;
  run(t, SetContent, { Path: [`Env:${name}`], Value: ['q'] });
  expect(process.env[name]).toBe('q');
  expect(run(t, GetContent, { Path: [`Env:${name}`] }).output).toEqual(['q']);
  delete process.env[name];
  t.tables.aliases.set('gci', 'Get-ChildItem');
  expect(run(t, GetContent, { Path: ['Alias:gci'] }).output).toEqual(['Get-ChildItem']);
  run(t, SetContent, { Path: ['Alias:zz'], Value: ['x'] });
  expect(t.tables.aliases.getValue('zz')).toBe('x');
  t.tables.variables.set('answer', 42);
  expect(run(t, GetContent, { Path: ['Variable:answer'] }).output).toEqual([42]);
});
