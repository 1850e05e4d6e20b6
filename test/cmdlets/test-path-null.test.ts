// Test-Path with a null or empty path (pwsh 7.6.9): a non-terminating NullPathNotPermitted error, not True.

import * as fs from 'fs';
import * as path from 'path';
import { makeTempDir, runInDir } from '../helpers/temp-dir-runspace';

let dir: string;
beforeEach(() => {
  dir = makeTempDir('psnode-test-path-');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const psnode = (script: string) => runInDir(dir, script);

const NULL_PATH = "Value cannot be null. (Parameter 'The provided Path argument was null or an empty collection.')";

test('$null, @() and -LiteralPath $null are NullPathNotPermitted; the next input is still tested', () => {
  fs.writeFileSync(path.join(dir, 'a.txt'), '');
  expect(psnode('@($null, "a.txt") | Test-Path 2>&1 | ForEach-Object { "$_" }; Test-Path -Path @() 2>&1 | ForEach-Object { "$_" }; Test-Path -LiteralPath $null 2>&1 | ForEach-Object { "$_" }'))
    .toBe(`${NULL_PATH}\nTrue\n${NULL_PATH}\n${NULL_PATH}\n`);
  expect(psnode('try { $null | Test-Path -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.ToString() }')).toBe(
    'NullPathNotPermitted,Microsoft.PowerShell.Commands.TestPathCommand\nInvalidArgument: (:) [Test-Path], ArgumentNullException\n');
  expect(psnode("Test-Path ''; Test-Path -LiteralPath ''")).toBe('False\nFalse\n');
});
