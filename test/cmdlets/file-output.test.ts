// Out-File, Tee-Object -FilePath and Get-Content -Wait through a runspace: the bytes written, what passes down the
// pipeline, and Out-File's errors, as pwsh 7.6.9 does on Linux (-Command, no terminal).

import * as fs from 'fs';
import * as path from 'path';
import { spawn } from 'child_process';
import { makeTempDir, runInDir } from '../helpers/temp-dir-runspace';

let dir: string;
beforeEach(() => {
  dir = makeTempDir('psnode-out-');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const psnode = (script: string) => runInDir(dir, script);

const bytes = (file: string) => [...fs.readFileSync(path.join(dir, file))];

test('Tee-Object -FilePath writes Out-String text and passes every object on', () => {
  expect(psnode("$r = 1, 'two', [pscustomobject]@{ A = 1; B = 'x' } | Tee-Object -FilePath out.txt\n$r.Count")).toBe('3\n');
  expect(fs.readFileSync(path.join(dir, 'out.txt'), 'utf8')).toBe('1\ntwo\n\nA B\n- -\n1 x\n\n');
});

test('Tee-Object -Append adds in the requested encoding without a second byte-order mark; no input creates no file', () => {
  psnode("'c' | Tee-Object -LiteralPath 'l[1].txt' -Encoding unicode | Out-Null\n'd' | Tee-Object -FilePath 'l`[1`].txt' -Append | Out-Null");
  expect(bytes('l[1].txt')).toEqual([0xff, 0xfe, 0x63, 0x00, 0x0a, 0x00, 0x64, 0x0a]);
  psnode('@() | Tee-Object -FilePath empty.txt');
  expect(fs.existsSync(path.join(dir, 'empty.txt'))).toBe(false);
});

test("Tee-Object's file errors are out-file's and stop the pipeline before the object goes on", () => {
  fs.writeFileSync(path.join(dir, 'w1.txt'), '');
  fs.writeFileSync(path.join(dir, 'w2.txt'), '');
  const out = psnode([
    "foreach ($p in 'nodir/x.txt', 'w*.txt', 'Env:X') {",
    "  try { 'z' | Tee-Object -FilePath $p; 'not reached' } catch { '{0} | {1}' -f $_.FullyQualifiedErrorId, $_ }",
    '}',
  ].join('\n'));
  expect(out).toBe([
    `FileOpenFailure,Microsoft.PowerShell.Commands.OutFileCommand | Could not find a part of the path '${dir}/nodir/x.txt'.`,
    'ReadWriteMultipleFilesNotSupported,Microsoft.PowerShell.Commands.OutFileCommand | Cannot perform operation because the path resolved to more than one file. This command cannot operate on multiple files.',
    'ReadWriteFileNotFileSystemProvider,Microsoft.PowerShell.Commands.OutFileCommand | Cannot open file because the current provider (Microsoft.PowerShell.Core\\Environment) cannot open a file.',
    '',
  ].join('\n'));
});

test('Out-File: -Encoding by position, -NoNewline, -NoClobber, -WhatIf, and an empty pipeline still creates the file', () => {
  psnode("'x' | Out-File o.txt unicode\n'a', 'b' | Out-File n.txt -NoNewline\n@() | Out-File empty.txt");
  expect(bytes('o.txt')).toEqual([0xff, 0xfe, 0x78, 0x00, 0x0a, 0x00]);
  expect(fs.readFileSync(path.join(dir, 'n.txt'), 'utf8')).toBe('ab');
  expect(bytes('empty.txt')).toEqual([]);
  expect(psnode("try { 'c' | Out-File o.txt -NoClobber } catch { $_.FullyQualifiedErrorId; \"$_\" }")).toBe(
    `NoClobber,Microsoft.PowerShell.Commands.OutFileCommand\nThe file '${dir}/o.txt' already exists.\n`);
  expect(psnode("'x' | Out-File new.txt -WhatIf")).toBe('What if: Performing the operation "Output to File" on target "new.txt".\n');
  expect(fs.existsSync(path.join(dir, 'new.txt'))).toBe(false);
});

test('a bad -Encoding is the binding-time transformation error of the command that has the parameter', () => {
  expect(psnode("try { 'z' | Tee-Object -FilePath e.txt -Encoding nonesuch } catch { $_.FullyQualifiedErrorId }\n"
    + "try { 'z' | Out-File e.txt -Encoding 12345 } catch { $_.FullyQualifiedErrorId; \"$_\" }")).toBe([
    'ParameterArgumentTransformationError,Microsoft.PowerShell.Commands.TeeObjectCommand',
    'ParameterArgumentTransformationError,Microsoft.PowerShell.Commands.OutFileCommand',
    "Cannot process argument transformation on parameter 'Encoding'. No data is available for encoding 12345. For information on defining a custom encoding, see the documentation for the Encoding.RegisterProvider method.",
    '',
  ].join('\n'));
  expect(fs.existsSync(path.join(dir, 'e.txt'))).toBe(false);
});

test('Get-Content -Wait emits lines as another process appends them, holding a line until it ends', () => {
  fs.writeFileSync(path.join(dir, 'log.txt'), 'a\nb');
  // A separate process appends while the (synchronous) engine waits.
  const writer = spawn(process.execPath, ['-e', `setTimeout(() => require('fs').appendFileSync(${JSON.stringify(path.join(dir, 'log.txt'))}, 'X\\nc\\n'), 300)`]);
  try {
    expect(psnode("Get-Content log.txt -Wait | Select-Object -First 3 | ForEach-Object { \"[$_]\" }")).toBe('[a]\n[bX]\n[c]\n');
  } finally {
    writer.kill();
  }
});
