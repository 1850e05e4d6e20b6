// Access denied, as pwsh 7.6.9 reports it per cmdlet (ids, categories, targets, which errors stop the command).
// Root ignores permission bits, so as root the entries are made immutable (chattr +i); otherwise read-only.

import * as fs from 'fs';
import * as path from 'path';
import { execFileSync } from 'child_process';
import GetContent from '../../cmdlets/Microsoft.PowerShell.Management/Get-Content';
import SetContent from '../../cmdlets/Microsoft.PowerShell.Management/Set-Content';
import AddContent from '../../cmdlets/Microsoft.PowerShell.Management/Add-Content';
import NewItem from '../../cmdlets/Microsoft.PowerShell.Management/New-Item';
import RemoveItem from '../../cmdlets/Microsoft.PowerShell.Management/Remove-Item';
import CopyItem from '../../cmdlets/Microsoft.PowerShell.Management/Copy-Item';
import MoveItem from '../../cmdlets/Microsoft.PowerShell.Management/Move-Item';
import { newSession, removeSession, run, errorLine, Terminated, TestSession } from './harness';

const asRoot = process.getuid?.() === 0;
let t: TestSession;
let locked: string[] = [];
const at = (...p: string[]) => path.join(t.dir, ...p);

function lock(p: string): void {
  if (asRoot) execFileSync('chattr', ['+i', p]);
  else fs.chmodSync(p, fs.statSync(p).isDirectory() ? 0o555 : 0o444);
  locked.push(p);
}

beforeEach(() => {
  t = newSession();
  fs.writeFileSync(at('imm'), '');
  fs.mkdirSync(at('immdir'));
  fs.writeFileSync(at('immdir', 'x'), '');
  lock(at('imm'));
  lock(at('immdir'));
});
afterEach(() => {
  for (const p of locked) {
    if (asRoot) execFileSync('chattr', ['-i', p]);
    else fs.chmodSync(p, 0o755);
  }
  locked = [];
  removeSession(t);
});

const target = (r: { errors: { categoryInfo: { targetName: string; targetType: string } }[] }) =>
  r.errors.map((e) => `${e.categoryInfo.targetName}:${e.categoryInfo.targetType}`);

test('Set-Content stops the command; Add-Content reports the path', () => {
  let stopped: Terminated | undefined;
  try {
    run(t, SetContent, { Path: ['imm'], Value: ['x'] });
  } catch (e) {
    stopped = e as Terminated;
  }
  expect(errorLine(stopped!.record)).toBe(
    `System.UnauthorizedAccessException | NotSpecified | System.UnauthorizedAccessException | Access to the path '${at('imm')}' is denied.`,
  );
  const add = run(t, AddContent, { Path: ['imm'], Value: ['x'] });
  expect(add.errors.map(errorLine)).toEqual([
    `GetContentWriterUnauthorizedAccessError | PermissionDenied | System.UnauthorizedAccessException | Access to the path '${at('imm')}' is denied.`,
  ]);
  expect(target(add)).toEqual([`${at('imm')}:String`]);
});

test('New-Item, Remove-Item, Copy-Item, Move-Item', () => {
  expect(run(t, NewItem, { Path: ['immdir/new'] }).errors.map(errorLine)).toEqual([
    `NewItemUnauthorizedAccessError | PermissionDenied | System.UnauthorizedAccessException | Access to the path '${at('immdir/new')}' is denied.`,
  ]);
  expect(run(t, NewItem, { Path: ['immdir/newd'], ItemType: 'Directory' }).errors.map(errorLine)).toEqual([
    `CreateDirectoryUnauthorizedAccessError | PermissionDenied | System.UnauthorizedAccessException | Access to the path '${at('immdir/newd')}' is denied.`,
  ]);
  const removed = run(t, RemoveItem, { Path: ['immdir/x'] });
  expect(removed.errors.map(errorLine)).toEqual([
    `RemoveFileSystemItemUnAuthorizedAccess | PermissionDenied | System.UnauthorizedAccessException | Access to the path '${at('immdir/x')}' is denied.`,
  ]);
  expect(target(removed)).toEqual([`${at('immdir/x')}:FileInfo`]);
  const copied = run(t, CopyItem, { Path: ['imm'], Destination: 'immdir' });
  expect(copied.errors.map(errorLine)).toEqual([
    `CopyFileInfoItemUnauthorizedAccessError | PermissionDenied | System.UnauthorizedAccessException | Access to the path '${at('immdir/imm')}' is denied.`,
  ]);
  expect(target(copied)).toEqual([`${at('imm')}:FileInfo`]);
  const moved = run(t, MoveItem, { Path: ['immdir/x'], Destination: at('xx') });
  expect(moved.errors.map(errorLine)).toEqual([
    `MoveFileInfoItemUnauthorizedAccessError | PermissionDenied | System.UnauthorizedAccessException | Access to the path '${at('immdir/x')}' is denied.`,
  ]);
});

test('Get-Content of an unreadable file', () => {
  expect(run(t, GetContent, { Path: ['/proc/1/mem'] }).errors.map(errorLine)).toEqual([
    "GetContentReaderUnauthorizedAccessError | PermissionDenied | System.UnauthorizedAccessException | Access to the path '/proc/1/mem' is denied.",
  ]);
});
