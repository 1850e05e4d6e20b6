// Provider-qualified paths (`FileSystem::/tmp`, `Microsoft.PowerShell.Core\FileSystem::...`, `Environment::HOME`)
// and the Temp: drive, as pwsh 7.6.9 resolves and prints them.

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import GetItem from '../../cmdlets/Microsoft.PowerShell.Management/Get-Item';
import GetChildItem from '../../cmdlets/Microsoft.PowerShell.Management/Get-ChildItem';
import ResolvePath from '../../cmdlets/Microsoft.PowerShell.Management/Resolve-Path';
import TestPath from '../../cmdlets/Microsoft.PowerShell.Management/Test-Path';
import { newSession, removeSession, run, note, errorLine, TestSession } from './harness';
import { getPropertyValue } from '../../src/runtime/values';

let t: TestSession;
beforeEach(() => {
  t = newSession();
  fs.mkdirSync(path.join(t.dir, 'sub'));
  fs.writeFileSync(path.join(t.dir, 'f.txt'), '');
});
afterEach(() => removeSession(t));

test('a provider-qualified path prints as typed and has no drive', () => {
  expect(run(t, ResolvePath, { Path: [`Microsoft.PowerShell.Core\\FileSystem::${t.dir}`] }).output.map(String))
    .toEqual([`Microsoft.PowerShell.Core\\FileSystem::${t.dir}`]);
  const [info] = run(t, ResolvePath, { Path: [`FileSystem::${t.dir}/f.txt`] }).output;
  expect([getPropertyValue(info, 'Path'), getPropertyValue(info, 'ProviderPath'), getPropertyValue(info, 'Drive')])
    .toEqual([`FileSystem::${t.dir}/f.txt`, `${t.dir}/f.txt`, null]);
  const [item] = run(t, GetItem, { Path: [`FileSystem::${t.dir}/f.txt`] }).output;
  expect([note(item, 'PSPath'), note(item, 'PSDrive')]).toEqual([`Microsoft.PowerShell.Core\\FileSystem::${t.dir}/f.txt`, null]);
  expect(run(t, GetChildItem, { Path: [`FileSystem::${t.dir}`], Name: true }).output).toEqual(['sub', 'f.txt']);
  expect(run(t, TestPath, { Path: ['Environment::PATH'] }).output).toEqual([true]);
  expect(run(t, ResolvePath, { Path: ['Environment::PATH'] }).output.map(String)).toEqual(['Environment::PATH']);
  expect(run(t, GetItem, { Path: ['Nope::x'] }).errors.map(errorLine)).toEqual([
    "ProviderNotFound | ObjectNotFound | System.Management.Automation.ProviderNotFoundException | Cannot find a provider with the name 'Nope'.",
  ]);
});

test('Temp: maps to the temporary directory', () => {
  const [root] = run(t, ResolvePath, { Path: ['Temp:/'] }).output;
  const tmp = os.tmpdir().replace(/\/?$/, '/');
  expect([getPropertyValue(root, 'Path'), getPropertyValue(root, 'ProviderPath')]).toEqual(['Temp:/', tmp]);
  const name = path.basename(t.dir);
  const [item] = run(t, GetItem, { Path: [`Temp:/${name}`] }).output;
  expect(note(item, 'PSPath')).toBe(`Microsoft.PowerShell.Core\\FileSystem::${tmp}${name}`);
  expect(String(note(item, 'PSDrive'))).toBe('Temp');
});
