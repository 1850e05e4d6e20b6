// The Management cmdlets end to end through a runspace (parser, binder, providers, formatter), compared with the
// text pwsh 7.6.9 prints for the same script on the same tree (-Command, no terminal).

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createRunspace } from '../../src/host';
import { userName, groupName } from '../../src/providers/filesystem/unix-accounts';

let dir: string;
beforeEach(() => {
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'psnode-rs-')));
  fs.mkdirSync(path.join(dir, 's'));
  fs.writeFileSync(path.join(dir, 'a'), '1\n');
  fs.writeFileSync(path.join(dir, 's', 'b.txt'), 'x\ny\n');
  fs.chmodSync(path.join(dir, 's'), 0o755);
  fs.chmodSync(path.join(dir, 'a'), 0o644);
  const when = new Date(2024, 0, 5, 13, 4, 5);
  for (const f of ['a', 's', 's/b.txt']) fs.utimesSync(path.join(dir, f), when, when);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function psnode(script: string, fileName?: string): string {
  let out = '';
  const rs = createRunspace({ cwd: dir, write: (t) => (out += t), writeErrorLine: (t) => (out += t + '\n') });
  rs.runScript(script, { fileName });
  return out;
}

test('listing, resolving, content and item changes', () => {
  const st = fs.statSync(path.join(dir, 's'));
  const owner = userName(st.uid).padStart(10);
  const group = groupName(st.gid).padEnd(10);
  const script = [
    'Get-ChildItem',
    'Resolve-Path s/*.txt -Relative',
    'Test-Path a, s, nope',
    'Get-Content s/b.txt',
    'Join-Path s b.txt',
    '(Get-Item a).PSParentPath',
    'Get-ChildItem -Recurse -Name',
    'New-Item -ItemType Directory n | Out-Null',
    "Set-Content n/c.txt 'hello'",
    'Get-Content n/c.txt',
    'Copy-Item n/c.txt n/d.txt',
    'Move-Item n/d.txt e.txt',
    'Remove-Item n -Recurse',
    'Get-ChildItem -Name',
    'Remove-Item e.txt',
    'Push-Location s',
    '(Get-Location).Path',
    'Pop-Location',
    '(Get-Location).Path',
    'Split-Path (Resolve-Path s/b.txt) -Leaf',
  ].join('\n');
  expect(psnode(script)).toBe([
    '',
    `    Directory: ${dir}`,
    '',
    'UnixMode         User Group         LastWriteTime         Size Name',
    '--------         ---- -----         -------------         ---- ----',
    `drwxr-xr-x ${owner} ${group} 01/05/2024 13:04 ${String(st.size).padStart(12)} s`,
    `-rw-r--r-- ${owner} ${group} 01/05/2024 13:04            2 a`,
    // Scalars after the table come straight after it; the table's closing blank line comes at the very end.
    './s/b.txt',
    'True',
    'True',
    'False',
    'x',
    'y',
    's/b.txt',
    `Microsoft.PowerShell.Core\\FileSystem::${dir}`,
    's',
    'a',
    's/b.txt',
    'hello',
    's',
    'a',
    'e.txt',
    `${dir}/s`,
    dir,
    'b.txt',
    '',
    '',
  ].join('\n'));
});

test('$env: and Env: are the same variables', () => {
  const name = `PSNODE_RS_${process.pid}`;
  expect(psnode(`$env:${name} = 'v'; Get-Content Env:${name}; Test-Path Env:${name}; Remove-Item Env:${name}; Test-Path Env:${name}; "[$env:${name}]"`))
    .toBe('v\nTrue\nFalse\n[]\n');
});

test("Variable: and Function: see the running script's scope", () => {
  const script = [
    '$zzq = 5',
    'Get-Item Variable:zzq | ForEach-Object { $_.GetType().FullName; $_.Name; $_.Value }',
    '(Get-ChildItem Variable:zz*).Name',
    'Get-Content Variable:zzq',
    'Set-Content Variable:zzq 7; $zzq',
    'Remove-Item Variable:zzq; Test-Path Variable:zzq',
    'function fq { 1 }',
    '(Get-ChildItem Function:fq).Name',
    'Test-Path Alias:gci',
  ].join('\n');
  expect(psnode(script, path.join(dir, 'vt.ps1'))).toBe('System.Management.Automation.PSVariable\nzzq\n5\nzzq\n5\n7\nFalse\nfq\nTrue\n');
});

test('-WhatIf asks the provider-specific ShouldProcess questions and changes nothing', () => {
  fs.writeFileSync(path.join(dir, 'top.txt'), '');
  fs.mkdirSync(path.join(dir, 'b'));
  const script = [
    'Remove-Item top.txt -WhatIf',
    'Remove-Item b -Recurse -WhatIf',
    'New-Item n.txt -WhatIf',
    'New-Item nd -ItemType Directory -WhatIf',
    'Copy-Item top.txt b -WhatIf',
    'Copy-Item b b2 -WhatIf',
    'Move-Item top.txt b -WhatIf',
    'Move-Item b b3 -WhatIf',
    'Set-Content top.txt x -WhatIf',
    'Add-Content top.txt x -WhatIf',
    'New-Item Env:PSNODE_WHATIF_QQ -Value 1 -WhatIf',
    'Remove-Item Env:HOME -WhatIf',
    'Set-Content Env:HOME x -WhatIf',
    'Copy-Item Env:HOME Env:PSNODE_WHATIF_H2 -WhatIf',
  ].join('\n');
  const what = (action: string, target: string) => `What if: Performing the operation "${action}" on target "${target}".`;
  expect(psnode(script)).toBe([
    what('Remove File', `${dir}/top.txt`),
    what('Remove Directory', `${dir}/b`),
    what('Create File', `Destination: ${dir}/n.txt`),
    what('Create Directory', `Destination: ${dir}/nd`),
    what('Copy File', `Item: ${dir}/top.txt Destination: ${dir}/b/top.txt`),
    what('Copy Directory', `Item: ${dir}/b Destination: ${dir}/b2`),
    what('Move File', `Item: ${dir}/top.txt Destination: ${dir}/b/top.txt`),
    what('Move Directory', `Item: ${dir}/b Destination: ${dir}/b3`),
    what('Set Content', `Path: ${dir}/top.txt`),
    what('Add Content', `Path: ${dir}/top.txt`),
    what('New Item', 'Item: PSNODE_WHATIF_QQ Type:  Value: 1'),
    what('Remove Item', 'Item: HOME'),
    what('Set Content', 'Path: Env:/HOME'),
    what('Copy Item', 'Item: HOME Destination: PSNODE_WHATIF_H2'),
    '',
  ].join('\n'));
  expect(fs.readdirSync(dir).sort()).toEqual(['a', 'b', 's', 'top.txt']);
  expect(fs.readFileSync(path.join(dir, 'top.txt'), 'utf8')).toBe('');
  expect(process.env.PSNODE_WHATIF_QQ).toBeUndefined();
  expect(process.env.PSNODE_WHATIF_H2).toBeUndefined();
});

test('Rename-Item', () => {
  fs.writeFileSync(path.join(dir, 'r1'), '');
  fs.writeFileSync(path.join(dir, 'r2'), '');
  const name = `PSNODE_RN_${process.pid}`;
  const script = [
    'Rename-Item r1 r2 -ErrorAction SilentlyContinue; $Error[0].Exception.Message; $Error[0].FullyQualifiedErrorId',
    'Rename-Item nope c -ErrorAction SilentlyContinue; $Error[0].Exception.Message',
    'Rename-Item r1 r3 -PassThru | ForEach-Object Name',
    'Rename-Item r3 r4 -WhatIf',
    `$env:${name} = 1; Rename-Item Env:${name} ${name}_2; $env:${name}_2; Remove-Item Env:${name}_2`,
  ].join('\n');
  expect(psnode(script)).toBe([
    `The file '${dir}/r2' already exists.`,
    'RenameItemIOError,Microsoft.PowerShell.Commands.RenameItemCommand',
    `Cannot find path '${dir}/nope' because it does not exist.`,
    'r3',
    `What if: Performing the operation "Rename File" on target "Item: ${dir}/r3 Destination: ${dir}/r4".`,
    '1',
    '',
  ].join('\n'));
});

test('the FileSystem switches of Get-ChildItem and Get-Content -Raw bind', () => {
  expect(psnode('(Get-ChildItem -Recurse -File | Measure-Object -Property Length -Sum).Sum\nGet-ChildItem -Directory -Name\nGet-Content s/b.txt -Raw'))
    .toBe('6\ns\nx\ny\n\n');
});
