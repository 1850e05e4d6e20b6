// Content cmdlets' -Path that matches nothing (pwsh 7.6.9): ItemNotFound naming the first path given, -Include /
// -Exclude filtering by name (never -LiteralPath), and no file created for a path that was filtered away.

import * as fs from 'fs';
import * as path from 'path';
import { makeTempDir, runInDir } from '../helpers/temp-dir-runspace';

let dir: string;
beforeEach(() => {
  dir = makeTempDir('psnode-content-paths-');
  fs.writeFileSync(path.join(dir, 'a.txt'), 'hi\n');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const psnode = (script: string) => runInDir(dir, script);

const missing = (p: string) => `An object at the specified path ${p} does not exist, or has been filtered by the -Include or -Exclude parameter.`;

test('a wildcard that matches nothing is ItemNotFound with the Path array as target; errors come before content', () => {
  expect(psnode("Get-Content a.txt, zz*.txt, nope.txt 2>&1 | ForEach-Object { \"$_\" }")).toBe(
    `${missing('a.txt')}\nCannot find path '${dir}/nope.txt' because it does not exist.\nhi\n`);
  expect(psnode("try { Get-Content zz*.txt -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.ToString() }")).toBe(
    'ItemNotFound,Microsoft.PowerShell.Commands.GetContentCommand\nObjectNotFound: (System.String[]:String[]) [Get-Content], Exception\n');
});

test('Set-Content and Add-Content write nothing for a path filtered away or an invalid pattern', () => {
  expect(psnode("Set-Content new.txt -Value z -Include *.txt 2>&1 | ForEach-Object { \"$_\" }")).toBe(`${missing('new.txt')}\n`);
  expect(fs.existsSync(path.join(dir, 'new.txt'))).toBe(false);
  expect(psnode("Add-Content a.txt -Value z -Exclude a* 2>&1 | ForEach-Object { \"$_\" }; Set-Content 'x[' -Value 1 2>&1 | ForEach-Object { \"$_\" }"))
    .toBe(`${missing('a.txt')}\n${missing('x[')}\n`);
  expect(fs.readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe('hi\n');
  expect(fs.readdirSync(dir)).toEqual(['a.txt']);
});

test('-LiteralPath is not filtered, and a missing one is named as given', () => {
  expect(psnode('Get-Content -LiteralPath a.txt -Exclude a*; Get-Content -LiteralPath nope.txt 2>&1 | ForEach-Object { "$_" }')).toBe(
    "hi\nCannot find path 'nope.txt' because it does not exist.\n");
});

test('an invalid -Include pattern stops the command with WildcardPatternException', () => {
  expect(psnode("try { Get-Content a.txt -Include '[a' } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }")).toBe(
    'RuntimeException,Microsoft.PowerShell.Commands.GetContentCommand\nThe specified wildcard character pattern is not valid: [a\n');
});
