// The Get-ChildItem table as pwsh 7.6.9 prints it on Linux (80-column host, no terminal), through the format
// engine with the FileSystem view.

import * as fs from 'fs';
import * as path from 'path';
import GetChildItem from '../../cmdlets/Microsoft.PowerShell.Management/Get-ChildItem';
import { newSession, removeSession, run, TestSession } from './harness';
import { render } from '../format/helpers';
import { userName, groupName } from '../../src/providers/filesystem/unix-accounts';
import '../../src/runtime/types';
import '../../src/format/views/filesystem';

let t: TestSession;
beforeEach(() => {
  t = newSession();
});
afterEach(() => removeSession(t));

test('the children table: group header, columns, sizes, link targets', () => {
  const at = (...p: string[]) => path.join(t.dir, ...p);
  fs.mkdirSync(at('sub'));
  fs.writeFileSync(at('big.bin'), Buffer.alloc(2000000, 48));
  fs.writeFileSync(at('a.txt'), 'hi\n');
  fs.symlinkSync('a.txt', at('link'));
  fs.chmodSync(at('sub'), 0o755);
  fs.chmodSync(at('a.txt'), 0o644);
  fs.chmodSync(at('big.bin'), 0o644);
  const when = new Date(2024, 0, 5, 13, 4, 5);
  for (const f of ['sub', 'a.txt', 'big.bin']) fs.utimesSync(at(f), when, when);
  fs.lutimesSync(at('link'), when, when);
  const st = fs.statSync(at('sub'));
  const owner = userName(st.uid).padStart(10);
  const group = groupName(st.gid).padEnd(10);
  const dirSize = String(st.size).padStart(12);
  expect(render(run(t, GetChildItem).output)).toBe([
    '',
    `    Directory: ${t.dir}`,
    '',
    'UnixMode         User Group         LastWriteTime         Size Name',
    '--------         ---- -----         -------------         ---- ----',
    `drwxr-xr-x ${owner} ${group} 01/05/2024 13:04 ${dirSize} sub`,
    `-rw-r--r-- ${owner} ${group} 01/05/2024 13:04            3 a.txt`,
    `-rw-r--r-- ${owner} ${group} 01/05/2024 13:04      2000000 big.bin`,
    `lrwxrwxrwx ${owner} ${group} 01/05/2024 13:04            5 link -> a.txt`,
    '',
    '',
  ].join('\n'));
});

test('a recursive listing starts a new group, with its header, for each directory', () => {
  const at = (...p: string[]) => path.join(t.dir, ...p);
  fs.mkdirSync(at('s'));
  fs.writeFileSync(at('a'), '1\n');
  fs.writeFileSync(at('s', 'b'), '22\n');
  fs.chmodSync(at('s'), 0o755);
  fs.chmodSync(at('a'), 0o644);
  fs.chmodSync(at('s', 'b'), 0o644);
  const when = new Date(2024, 0, 5, 13, 4, 5);
  for (const f of ['a', 's', 's/b']) fs.utimesSync(at(f), when, when);
  const st = fs.statSync(at('s'));
  const owner = userName(st.uid).padStart(10);
  const group = groupName(st.gid).padEnd(10);
  const header = ['UnixMode         User Group         LastWriteTime         Size Name', '--------         ---- -----         -------------         ---- ----'];
  expect(render(run(t, GetChildItem, { Recurse: true }).output)).toBe([
    '',
    `    Directory: ${t.dir}`,
    '',
    ...header,
    `drwxr-xr-x ${owner} ${group} 01/05/2024 13:04 ${String(st.size).padStart(12)} s`,
    `-rw-r--r-- ${owner} ${group} 01/05/2024 13:04            2 a`,
    '',
    `    Directory: ${t.dir}/s`,
    '',
    ...header,
    `-rw-r--r-- ${owner} ${group} 01/05/2024 13:04            3 b`,
    '',
    '',
  ].join('\n'));
});
