// Join-Path, Split-Path, Resolve-Path and Test-Path against outputs recorded from pwsh 7.6.9 on Linux.

import * as fs from 'fs';
import * as path from 'path';
import JoinPath from '../../cmdlets/Microsoft.PowerShell.Management/Join-Path';
import SplitPath from '../../cmdlets/Microsoft.PowerShell.Management/Split-Path';
import ResolvePath from '../../cmdlets/Microsoft.PowerShell.Management/Resolve-Path';
import TestPath from '../../cmdlets/Microsoft.PowerShell.Management/Test-Path';
import { newSession, removeSession, run, errorLine, TestSession } from './harness';
import { getPropertyValue, typeNameOf } from '../../src/runtime/values';

let t: TestSession;
beforeEach(() => {
  t = newSession();
  fs.mkdirSync(path.join(t.dir, 'sub'));
  fs.mkdirSync(path.join(t.dir, 'a'));
  fs.writeFileSync(path.join(t.dir, 'f.txt'), 'hello\n');
  fs.writeFileSync(path.join(t.dir, 'sub', 'g.log'), 'l1\nl2\n');
});
afterEach(() => removeSession(t));

describe('Join-Path', () => {
  const join = (Path: string[], ChildPath: string[], extra?: string[]) =>
    run(t, JoinPath, { Path, ChildPath, ...(extra ? { AdditionalChildPath: extra } : {}) });

  test.each([
    [['a'], ['b'], undefined, ['a/b']],
    [['a\\b'], ['c'], undefined, ['a/b/c']],
    [['/tmp/'], ['/x'], undefined, ['/tmp/x']],
    [['a'], ['b'], ['c', 'd'], ['a/b/c/d']],
    [['Env:'], ['HOME'], undefined, ['Env:/HOME']],
    [['Env:\\'], ['HOME'], undefined, ['Env:/HOME']],
    [['a', 'b'], ['c'], undefined, ['a/c', 'b/c']],
  ])('Join-Path %j %j %j', (p, c, extra, expected) => {
    expect(join(p, c, extra).output).toEqual(expected);
  });

  test('an unknown drive is a non-terminating DriveNotFound', () => {
    const r = join(['Q:'], ['x']);
    expect(r.output).toEqual([]);
    expect(r.errors.map(errorLine)).toEqual([
      "DriveNotFound | ObjectNotFound | System.Management.Automation.DriveNotFoundException | Cannot find drive. A drive with the name 'Q' does not exist.",
    ]);
  });

  test('-Resolve expands wildcards to existing paths', () => {
    expect(run(t, JoinPath, { Path: [t.dir], ChildPath: ['*.txt'], Resolve: true }).output).toEqual([`${t.dir}/f.txt`]);
  });
});

describe('Split-Path', () => {
  // [path, parent, leaf, qualifier (undefined: error), noQualifier, isAbsolute, extension, leafBase] from pwsh.
  const cases: [string, string, string, string | undefined, string, boolean, string, string][] = [
    ['Env:\\HOME', '', 'HOME', 'Env:', '\\HOME', true, '', 'HOME'],
    ['Env:HOME', '', 'HOME', 'Env:', 'HOME', true, '', 'HOME'],
    ['Env:', '', '', 'Env:', 'Env:', true, '', ''],
    ['a/b/c', 'a/b', 'c', undefined, 'a/b/c', false, '', 'c'],
    ['a', '', 'a', undefined, 'a', false, '', 'a'],
    ['/tmp', '', 'tmp', undefined, '/tmp', true, '', 'tmp'],
    ['/tmp/', '', 'tmp', undefined, '/tmp/', true, '', 'tmp'],
    ['./x', '.', 'x', undefined, './x', false, '', 'x'],
    ['../x', '..', 'x', undefined, '../x', false, '', 'x'],
    ['C:\\x\\y', 'C:/x', 'y', 'C:', '\\x\\y', true, '', 'y'],
    ['Temp:/a/b', 'Temp:/a', 'b', 'Temp:', '/a/b', true, '', 'b'],
    ['~/x', '~', 'x', undefined, '~/x', false, '', 'x'],
    ['a\\b', 'a', 'b', undefined, 'a\\b', false, '', 'b'],
    ['Microsoft.PowerShell.Core\\FileSystem::/tmp/x', 'Microsoft.PowerShell.Core\\FileSystem::/tmp', 'x', 'Microsoft.PowerShell.Core\\FileSystem::', '/tmp/x', true, '', 'x'],
    ['*.txt', '', '*.txt', undefined, '*.txt', false, '.txt', '*'],
    ['/tmp/prov/t/f.txt', '/tmp/prov/t', 'f.txt', undefined, '/tmp/prov/t/f.txt', true, '.txt', 'f'],
  ];
  const one = (p: string, sw?: string) => run(t, SplitPath, { Path: [p], ...(sw ? { [sw]: true } : {}) }, { set: sw ? `${sw}Set` : 'ParentSet' });

  test.each(cases)('Split-Path %s', (p, parent, leaf, qualifier, noQualifier, isAbsolute, extension, leafBase) => {
    expect(one(p).output).toEqual([parent]);
    expect(one(p, 'Leaf').output).toEqual([leaf]);
    expect(one(p, 'NoQualifier').output).toEqual([noQualifier]);
    expect(one(p, 'IsAbsolute').output).toEqual([isAbsolute]);
    expect(one(p, 'Extension').output).toEqual([extension]);
    expect(one(p, 'LeafBase').output).toEqual([leafBase]);
    const q = one(p, 'Qualifier');
    if (qualifier === undefined) {
      expect(q.errors.map(errorLine)).toEqual([
        `ParsePathFormatError | InvalidArgument | System.FormatException | Cannot parse path because path '${p}' does not have a qualifier specified.`,
      ]);
    } else expect(q.output).toEqual([qualifier]);
  });

  test('-Resolve splits each resolved path', () => {
    expect(run(t, SplitPath, { Path: ['*.txt'], Resolve: true }).output).toEqual([t.dir]);
    expect(run(t, SplitPath, { Path: [`${t.dir}/*`], Leaf: true, Resolve: true }, { set: 'LeafSet' }).output).toEqual(['a', 'sub', 'f.txt']);
    expect(run(t, SplitPath, { Path: [`${t.dir}/nope/x`], Resolve: true }).errors.map((r) => r.exception.message))
      .toEqual([`Cannot find path '${t.dir}/nope/x' because it does not exist.`]);
  });
});

describe('Resolve-Path', () => {
  test('a relative path resolves to a PathInfo on the root drive', () => {
    const [info] = run(t, ResolvePath, { Path: ['f.txt'] }).output;
    expect(typeNameOf(info)).toBe('System.Management.Automation.PathInfo');
    expect(getPropertyValue(info, 'Path')).toBe(`${t.dir}/f.txt`);
    expect(getPropertyValue(info, 'ProviderPath')).toBe(`${t.dir}/f.txt`);
    expect(String(getPropertyValue(getPropertyValue(info, 'Drive'), 'Name'))).toBe('/');
    expect(String(getPropertyValue(getPropertyValue(info, 'Provider'), 'Name'))).toBe('FileSystem');
  });

  test('-Relative, wildcards and Env:', () => {
    expect(run(t, ResolvePath, { Path: ['*.txt'], Relative: true }).output).toEqual(['./f.txt']);
    expect(run(t, ResolvePath, { Path: ['sub/*'] }).output.map(String)).toEqual([`${t.dir}/sub/g.log`]);
    expect(run(t, ResolvePath, { Path: ['Env:PATH'] }).output.map(String)).toEqual(['Env:/PATH']);
  });

  test('missing path and missing drive', () => {
    expect(run(t, ResolvePath, { Path: ['nope'] }).errors.map(errorLine)).toEqual([
      `PathNotFound | ObjectNotFound | System.Management.Automation.ItemNotFoundException | Cannot find path '${t.dir}/nope' because it does not exist.`,
    ]);
    expect(run(t, ResolvePath, { Path: ['Q:\\x'] }).errors.map(errorLine)).toEqual([
      "DriveNotFound | ObjectNotFound | System.Management.Automation.DriveNotFoundException | Cannot find drive. A drive with the name 'Q' does not exist.",
    ]);
    expect(run(t, ResolvePath, { LiteralPath: [`${t.dir}/*.txt`] }, { set: 'LiteralPath' }).errors.map((r) => r.exception.message))
      .toEqual([`Cannot find path '${t.dir}/*.txt' because it does not exist.`]);
  });
});

describe('Test-Path', () => {
  test.each([
    [{ Path: ['f.txt'] }, true],
    [{ Path: ['nope'] }, false],
    [{ Path: ['sub'], PathType: 'Container' }, true],
    [{ Path: ['sub'], PathType: 'Leaf' }, false],
    [{ Path: ['Env:PATH'] }, true],
    [{ Path: ['Q:\\x'] }, false],
    [{ Path: [''] }, false],
    [{ Path: ['zz*'] }, false],
    [{ LiteralPath: ['*'] }, false],
  ])('Test-Path %j', (params, expected) => {
    const r = run(t, TestPath, params);
    expect(r.output).toEqual([expected]);
    expect(r.errors).toEqual([]);
  });
});
