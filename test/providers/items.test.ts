// Get-Item, Get-ChildItem, New-Item, Remove-Item, Copy-Item, Move-Item on the FileSystem provider: orders, PS*
// properties, FileInfo/DirectoryInfo members and error records as pwsh 7.6.9 gives them on Linux.

import * as fs from 'fs';
import * as path from 'path';
import GetItem from '../../cmdlets/Microsoft.PowerShell.Management/Get-Item';
import GetChildItem from '../../cmdlets/Microsoft.PowerShell.Management/Get-ChildItem';
import NewItem from '../../cmdlets/Microsoft.PowerShell.Management/New-Item';
import RemoveItem from '../../cmdlets/Microsoft.PowerShell.Management/Remove-Item';
import CopyItem from '../../cmdlets/Microsoft.PowerShell.Management/Copy-Item';
import MoveItem from '../../cmdlets/Microsoft.PowerShell.Management/Move-Item';
import { newSession, removeSession, run, errorLine, note, Terminated, TestSession } from './harness';
import { getPropertyValue, typeNameOf, PSObject, toDisplayString, DictionaryEntry, findType, invokeMethod } from '../../src/runtime/values';

let t: TestSession;
const at = (...p: string[]) => path.join(t.dir, ...p);
const touch = (...p: string[]) => fs.writeFileSync(at(...p), '');
beforeEach(() => {
  t = newSession();
});
afterEach(() => removeSession(t));

const prop = (v: unknown, name: string) => getPropertyValue(v, name);
const names = (r: { output: unknown[] }) => r.output.map((o) => toDisplayString(prop(o, 'Name')));

describe('Get-Item', () => {
  beforeEach(() => {
    fs.mkdirSync(at('sub'));
    fs.writeFileSync(at('f.txt'), 'hello\n');
  });

  test('a file: PS* notes in pwsh order and FileInfo members', () => {
    const [item] = run(t, GetItem, { Path: ['f.txt'] }).output as PSObject[];
    expect(typeNameOf(item)).toBe('System.IO.FileInfo');
    const notes = item.propertyMembers().map((m) => `${m.name}=${toDisplayString(m.value)}`);
    expect(notes).toEqual([
      `PSPath=Microsoft.PowerShell.Core\\FileSystem::${t.dir}/f.txt`,
      `PSParentPath=Microsoft.PowerShell.Core\\FileSystem::${t.dir}`,
      'PSChildName=f.txt',
      'PSDrive=/',
      'PSProvider=Microsoft.PowerShell.Core\\FileSystem',
      'PSIsContainer=False',
    ]);
    expect(prop(item, 'Mode')).toBe('-----');
    expect(prop(item, 'UnixMode')).toBe('-rw-r--r--');
    expect(prop(item, 'Length')).toBe(6n);
    expect(prop(item, 'Name')).toBe('f.txt');
    expect(prop(item, 'FullName')).toBe(`${t.dir}/f.txt`);
    expect(prop(item, 'Extension')).toBe('.txt');
    expect(prop(item, 'BaseName')).toBe('f');
    expect(prop(item, 'DirectoryName')).toBe(t.dir);
    expect(toDisplayString(prop(item, 'Attributes'))).toBe('Normal');
  });

  test('a directory: DirectoryInfo with Mode d----, Parent and Root', () => {
    const [item] = run(t, GetItem, { Path: ['sub'] }).output;
    expect(typeNameOf(item)).toBe('System.IO.DirectoryInfo');
    expect(note(item, 'PSIsContainer')).toBe(true);
    expect(prop(item, 'Mode')).toBe('d----');
    expect(prop(item, 'FullName')).toBe(`${t.dir}/sub`);
    expect(toDisplayString(prop(item, 'Parent'))).toBe(t.dir);
    expect(prop(prop(item, 'Root'), 'FullName')).toBe('/');
  });

  test('hidden, read-only and linked entries', () => {
    touch('.hid');
    fs.writeFileSync(at('ro'), '');
    fs.chmodSync(at('ro'), 0o444);
    fs.symlinkSync('ro', at('lnk'));
    const get = (n: string) => run(t, GetItem, { Path: [n], Force: true }).output[0];
    expect([prop(get('.hid'), 'Mode'), toDisplayString(prop(get('.hid'), 'Attributes'))]).toEqual(['---h-', 'Hidden']);
    expect([prop(get('ro'), 'Mode'), prop(get('ro'), 'UnixMode'), toDisplayString(prop(get('ro'), 'Attributes'))]).toEqual(['--r--', '-r--r--r--', 'ReadOnly']);
    const link = get('lnk');
    expect([prop(link, 'Mode'), prop(link, 'UnixMode'), prop(link, 'LinkType'), prop(link, 'Target')]).toEqual(['l-r--', 'lrwxrwxrwx', 'SymbolicLink', 'ro']);
  });

  test('hidden items need -Force to be got or removed; read-only ones to be removed', () => {
    touch('.hid');
    fs.writeFileSync(at('ro'), '');
    fs.chmodSync(at('ro'), 0o444);
    expect(run(t, GetItem, { Path: ['.hid'] }).errors.map(errorLine)).toEqual([
      `ItemNotFound | ObjectNotFound | System.IO.IOException | Could not find item ${at('.hid')}.`,
    ]);
    expect(run(t, GetChildItem, { LiteralPath: ['.hid'] }).errors.map((r) => r.exception.message)).toEqual([`Could not find item ${at('.hid')}.`]);
    for (const name of ['.hid', 'ro']) {
      const r = run(t, RemoveItem, { Path: [name] });
      expect(r.errors.map(errorLine)).toEqual([
        'RemoveFileSystemItemUnAuthorizedAccess | PermissionDenied | System.IO.IOException | You do not have sufficient access rights to perform this operation or the item is hidden, system, or read only.',
      ]);
      expect(r.errors[0].categoryInfo.targetType).toBe('FileInfo');
      expect(run(t, RemoveItem, { Path: [name], Force: true }).errors).toEqual([]);
      expect(fs.existsSync(at(name))).toBe(false);
    }
  });

  test('an Env: item is a DictionaryEntry without PSParentPath/PSChildName', () => {
    const [item] = run(t, GetItem, { Path: ['Env:PATH'] }).output as PSObject[];
    expect(typeNameOf(item)).toBe('System.Collections.DictionaryEntry');
    expect(item.propertyMembers().map((m) => `${m.name}=${toDisplayString(m.value)}`)).toEqual([
      'PSPath=Microsoft.PowerShell.Core\\Environment::PATH',
      'PSDrive=Env',
      'PSProvider=Microsoft.PowerShell.Core\\Environment',
      'PSIsContainer=False',
    ]);
    expect((item.baseObject as DictionaryEntry).Value).toBe(process.env.PATH);
  });

  test('errors: missing path, missing drive, case-sensitive names; a wildcard matching nothing is silent', () => {
    expect(run(t, GetItem, { Path: ['nope'] }).errors.map(errorLine)).toEqual([
      `PathNotFound | ObjectNotFound | System.Management.Automation.ItemNotFoundException | Cannot find path '${t.dir}/nope' because it does not exist.`,
    ]);
    expect(run(t, GetItem, { Path: ['Q:/x'] }).errors.map(errorLine)).toEqual([
      "DriveNotFound | ObjectNotFound | System.Management.Automation.DriveNotFoundException | Cannot find drive. A drive with the name 'Q' does not exist.",
    ]);
    expect(run(t, GetItem, { Path: ['F.TXT'] }).errors.map((r) => r.exception.message)).toEqual([`Cannot find path '${t.dir}/F.TXT' because it does not exist.`]);
    expect(run(t, GetItem, { Path: ['Env:psnode_no_such_variable'] }).errors.map((r) => r.exception.message))
      .toEqual(["Cannot find path 'Env:/psnode_no_such_variable' because it does not exist."]);
    expect(run(t, GetItem, { Path: ['zz*'] })).toEqual({ output: [], errors: [], warnings: [] });
  });

  test('wildcards match case-insensitively', () => {
    expect(names(run(t, GetItem, { Path: ['*.TXT'] }))).toEqual(['f.txt']);
  });
});

describe('Get-ChildItem', () => {
  beforeEach(() => {
    fs.mkdirSync(at('Bdir', 'x'), { recursive: true });
    fs.mkdirSync(at('adir'));
    for (const f of ['B.txt', 'a.txt', '_c', 'Z', 'adir/q', 'Bdir/x/y']) touch(f);
  });

  test('directories first, then files, each in culture order', () => {
    expect(run(t, GetChildItem, { Name: true }).output).toEqual(['adir', 'Bdir', '_c', 'a.txt', 'B.txt', 'Z']);
  });

  test('-Recurse: names depth-first, objects with the pending directories on a stack', () => {
    expect(run(t, GetChildItem, { Name: true, Recurse: true }).output)
      .toEqual(['adir', 'Bdir', '_c', 'a.txt', 'B.txt', 'Z', 'adir/q', 'Bdir/x', 'Bdir/x/y']);
    expect(run(t, GetChildItem, { Recurse: true }).output.map((o) => prop(o, 'FullName'))).toEqual([
      at('adir'), at('Bdir'), at('_c'), at('a.txt'), at('B.txt'), at('Z'), at('Bdir/x'), at('Bdir/x/y'), at('adir/q'),
    ]);
  });

  test('-Depth limits the levels', () => {
    expect(run(t, GetChildItem, { Name: true, Depth: 1 }).output).toEqual(['adir', 'Bdir', '_c', 'a.txt', 'B.txt', 'Z', 'adir/q', 'Bdir/x']);
  });

  test('-Filter, -Include, -Exclude and wildcard paths', () => {
    expect(run(t, GetChildItem, { Filter: '*.TXT', Name: true }).output).toEqual(['a.txt', 'B.txt']);
    expect(run(t, GetChildItem, { Include: ['*.txt'] }).output).toEqual([]);
    expect(names(run(t, GetChildItem, { Path: ['*'], Include: ['*.txt'] }))).toEqual(['a.txt', 'B.txt']);
    expect(run(t, GetChildItem, { Include: ['q', 'y'], Recurse: true }).output.map((o) => prop(o, 'FullName'))).toEqual([at('adir/q'), at('Bdir/x/y')]);
    expect(names(run(t, GetChildItem, { Exclude: ['b*'] }))).toEqual(['adir', '_c', 'a.txt', 'Z']);
    expect(names(run(t, GetChildItem, { Path: ['*.txt'] }))).toEqual(['a.txt', 'B.txt']);
    expect(names(run(t, GetChildItem, { Path: ['a.txt'] }))).toEqual(['a.txt']);
  });

  test('FileSystem dynamic parameters -Directory, -File, -Hidden; -Force shows hidden items', () => {
    touch('.hidden');
    expect(names(run(t, GetChildItem, { Directory: true }))).toEqual(['adir', 'Bdir']);
    expect(names(run(t, GetChildItem, { File: true, Recurse: true }))).toEqual(['_c', 'a.txt', 'B.txt', 'Z', 'y', 'q']);
    expect(names(run(t, GetChildItem, { Hidden: true }))).toEqual(['.hidden']);
    expect(names(run(t, GetChildItem, { Force: true }))).toEqual(['adir', 'Bdir', '_c', '.hidden', 'a.txt', 'B.txt', 'Z']);
    // Dynamic parameters of FileSystem paths (the current location here), none on Env:.
    const declared = (bound: Record<string, unknown>) => GetChildItem.dynamicParameters!(bound, t.session).map((p) => `${p.name}/${(p.aliases ?? []).join(',')}`);
    expect(declared({})).toEqual(['Attributes/', 'FollowSymlink/', 'Directory/ad', 'File/af', 'Hidden/ah,h', 'ReadOnly/ar', 'System/as']);
    expect(GetChildItem.parameters.map((p) => p.name)).not.toContain('File');
    expect(declared({ Path: ['Env:'] })).toEqual([]);
  });

  test('children carry PSParentPath of their directory', () => {
    const [q] = run(t, GetChildItem, { Path: ['adir'] }).output;
    expect(note(q, 'PSParentPath')).toBe(`Microsoft.PowerShell.Core\\FileSystem::${t.dir}/adir`);
    expect(note(q, 'PSChildName')).toBe('q');
  });

  test("with -Include/-Exclude a container's subtree follows it; with -Filter the pending containers are stacked", () => {
    for (const f of ['adir', 'Bdir', 'B.txt', 'a.txt', '_c', 'Z']) fs.rmSync(at(f), { recursive: true });
    fs.mkdirSync(at('a.txt', 'sub'), { recursive: true });
    fs.mkdirSync(at('b'));
    for (const f of ['a.txt/in.txt', 'a.txt/sub/deep.txt', 'b/c.txt', 'top.txt']) touch(f);
    const full = (r: { output: unknown[] }) => r.output.map((o) => prop(o, 'FullName'));
    expect(full(run(t, GetChildItem, { Recurse: true, Include: ['*.txt'] }))).toEqual([at('a.txt'), at('a.txt/sub/deep.txt'), at('a.txt/in.txt'), at('b/c.txt'), at('top.txt')]);
    expect(full(run(t, GetChildItem, { Recurse: true, Exclude: ['c*'] }))).toEqual([at('a.txt'), at('a.txt/sub'), at('a.txt/sub/deep.txt'), at('a.txt/in.txt'), at('b'), at('top.txt')]);
    expect(run(t, GetChildItem, { Recurse: true, Include: ['*.txt'], Name: true }).output).toEqual(['a.txt', 'top.txt', 'a.txt/in.txt', 'a.txt/sub/deep.txt', 'b/c.txt']);
    expect(full(run(t, GetChildItem, { Recurse: true, Filter: '*.txt' }))).toEqual([at('a.txt'), at('top.txt'), at('b/c.txt'), at('a.txt/in.txt'), at('a.txt/sub/deep.txt')]);
  });

  test('missing path, missing literal wildcard path, missing drive', () => {
    expect(run(t, GetChildItem, { Path: ['nope'] }).errors.map(errorLine)).toEqual([
      `PathNotFound | ObjectNotFound | System.Management.Automation.ItemNotFoundException | Cannot find path '${t.dir}/nope' because it does not exist.`,
    ]);
    expect(run(t, GetChildItem, { LiteralPath: ['*'] }).errors.map((r) => r.exception.message)).toEqual([`Cannot find path '${t.dir}/*' because it does not exist.`]);
    expect(run(t, GetChildItem, { Path: ['Nope:\\CurrentUser\\My'] }).errors.map(errorLine)).toEqual([
      "DriveNotFound | ObjectNotFound | System.Management.Automation.DriveNotFoundException | Cannot find drive. A drive with the name 'Nope' does not exist.",
    ]);
  });
});

describe('New-Item, Remove-Item, Copy-Item, Move-Item', () => {
  test('New-Item files and directories, and their errors', () => {
    const [file] = run(t, NewItem, { Path: ['n1.txt'], Value: 'abc' }).output;
    expect(prop(file, 'Name')).toBe('n1.txt');
    expect(fs.readFileSync(at('n1.txt'), 'utf8')).toBe('abc');
    expect(run(t, NewItem, { Path: ['n1.txt'] }).errors.map(errorLine)).toEqual([
      `NewItemIOError | WriteError | System.IO.IOException | The file '${t.dir}/n1.txt' already exists.`,
    ]);
    expect(names(run(t, NewItem, { Path: ['d1'], ItemType: 'Directory' }))).toEqual(['d1']);
    expect(run(t, NewItem, { Path: ['d1'], ItemType: 'Directory' }).errors.map(errorLine)).toEqual([
      `DirectoryExist | ResourceExists | System.IO.IOException | An item with the specified name ${t.dir}/d1 already exists.`,
    ]);
    expect(names(run(t, NewItem, { Path: ['d1'], ItemType: 'Directory', Force: true }))).toEqual(['d1']);
    expect(names(run(t, NewItem, { Path: ['x1'], ItemType: 'dir' }))).toEqual(['x1']);
    expect(run(t, NewItem, { Path: ['nodir/x.txt'] }).errors.map(errorLine)).toEqual([
      `NewItemIOError | WriteError | System.IO.DirectoryNotFoundException | Could not find a part of the path '${t.dir}/nodir/x.txt'.`,
    ]);
    expect(run(t, NewItem, { Path: ['deep/er/f.txt'], Force: true, Value: 'v' }).output.map((o) => prop(o, 'FullName'))).toEqual([at('deep/er/f.txt')]);
    expect(() => run(t, NewItem, { Path: ['x2'], ItemType: 'Bogus' })).toThrow(Terminated);
    try {
      run(t, NewItem, { Path: ['x2'], ItemType: 'Bogus' });
    } catch (e) {
      expect(errorLine((e as Terminated).record)).toBe(
        'Argument | InvalidArgument | System.Management.Automation.PSArgumentException | The type is not a known type for the file system. Only "file","directory" or "symboliclink" can be specified.',
      );
    }
    expect(run(t, NewItem, { Path: [t.dir], Name: 'named.txt' }).output.map((o) => prop(o, 'FullName'))).toEqual([at('named.txt')]);
  });

  test('Remove-Item: files, a container with children needs -Recurse', () => {
    fs.mkdirSync(at('d', 'in'), { recursive: true });
    touch('f');
    expect(run(t, RemoveItem, { Path: ['f'] })).toEqual({ output: [], errors: [], warnings: [] });
    expect(fs.existsSync(at('f'))).toBe(false);
    expect(run(t, RemoveItem, { Path: ['nope'] }).errors.map(errorLine)).toEqual([
      `PathNotFound | ObjectNotFound | System.Management.Automation.ItemNotFoundException | Cannot find path '${t.dir}/nope' because it does not exist.`,
    ]);
    let stopped: Terminated | undefined;
    try {
      run(t, RemoveItem, { Path: ['d'] });
    } catch (e) {
      stopped = e as Terminated;
    }
    expect(errorLine(stopped!.record)).toBe(
      'InvalidOperation | InvalidOperation | System.Management.Automation.PSInvalidOperationException | PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.',
    );
    expect(fs.existsSync(at('d'))).toBe(true);
    run(t, RemoveItem, { Path: ['d'], Recurse: true });
    expect(fs.existsSync(at('d'))).toBe(false);
  });

  test('Copy-Item and Move-Item', () => {
    fs.mkdirSync(at('d'));
    fs.mkdirSync(at('e'));
    fs.writeFileSync(at('a.txt'), 'a\n');
    fs.writeFileSync(at('b.txt'), 'b\n');
    expect(run(t, MoveItem, { Path: ['a.txt'], Destination: 'b.txt' }).errors.map(errorLine)).toEqual([
      `MoveFileInfoItemIOError | WriteError | System.IO.IOException | The file '${t.dir}/b.txt' already exists.`,
    ]);
    run(t, CopyItem, { Path: ['a.txt'], Destination: 'd' });
    expect(fs.readFileSync(at('d/a.txt'), 'utf8')).toBe('a\n');
    expect(run(t, CopyItem, { Path: ['d'], Destination: 'd' }).errors.map(errorLine)).toEqual([
      `CopyError | WriteError | System.IO.IOException | Cannot overwrite the item ${t.dir}/d with itself.`,
    ]);
    run(t, MoveItem, { Path: ['a.txt'], Destination: 'e' });
    expect([fs.existsSync(at('a.txt')), fs.existsSync(at('e/a.txt'))]).toEqual([false, true]);
    run(t, CopyItem, { Path: ['d'], Destination: 'd2' });
    expect([fs.existsSync(at('d2')), fs.existsSync(at('d2/a.txt'))]).toEqual([true, false]);
    run(t, CopyItem, { Path: ['d'], Destination: 'd3', Recurse: true });
    expect(fs.existsSync(at('d3/a.txt'))).toBe(true);
    expect(run(t, CopyItem, { Path: ['nope'], Destination: 'x' }).errors.map((r) => r.exception.message))
      .toEqual([`Cannot find path '${t.dir}/nope' because it does not exist.`]);
    const moved = run(t, MoveItem, { Path: ['b.txt'], Destination: 'c.txt', PassThru: true }).output;
    expect(moved.map((o) => note(o, 'PSPath'))).toEqual([`Microsoft.PowerShell.Core\\FileSystem::${t.dir}/c.txt`]);
  });
});

describe('FileInfo and DirectoryInfo as .NET types', () => {
  test('constructors and directory listings', () => {
    fs.mkdirSync(at('d'));
    for (const f of ['.h', 'a.txt']) touch(f);
    const dir = findType('System.IO.DirectoryInfo')!.construct!([t.dir]);
    const names = (v: unknown) => (v as unknown[]).map((x) => getPropertyValue(x, 'Name'));
    expect(names(invokeMethod(dir, 'GetFiles', []))).toEqual(['.h', 'a.txt']);
    expect(names(invokeMethod(dir, 'GetFiles', ['*.txt']))).toEqual(['a.txt']);
    expect((invokeMethod(dir, 'GetDirectories', []) as unknown[]).map((x) => getPropertyValue(x, 'FullName'))).toEqual([at('d')]);
    expect(names(invokeMethod(dir, 'GetFileSystemInfos', []))).toEqual(['.h', 'a.txt', 'd']);
    const file = findType('System.IO.FileInfo')!.construct!(['rel.txt']);
    expect([getPropertyValue(file, 'FullName'), getPropertyValue(file, 'Exists')]).toEqual([path.resolve('rel.txt'), false]);
    expect(() => findType('System.IO.FileInfo')!.construct!([''])).toThrow("The value cannot be an empty string. (Parameter 'path')");
  });
});
