// An invalid -Include / -Exclude pattern is pwsh's WildcardPatternException, which stops the command (pwsh 7.6.9);
// an invalid -Filter matches nothing.

import * as fs from 'fs';
import * as path from 'path';
import { makeTempDir, runInDir } from '../helpers/temp-dir-runspace';

let dir: string;
beforeEach(() => {
  dir = makeTempDir('psnode-include-');
  fs.writeFileSync(path.join(dir, 'a.txt'), 'hi\n');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const psnode = (script: string) => runInDir(dir, script);

test.each([
  ["Get-ChildItem -Exclude '[a'", 'GetChildItemCommand'],
  ["Get-Item * -Include '[a'", 'GetItemCommand'],
  ["Remove-Item a.txt -Exclude '[a'", 'RemoveItemCommand'],
  ["Test-Path a.txt -Include '[a'", 'TestPathCommand'],
])('%s stops with WildcardPatternException', (command, type) => {
  expect(psnode(`try { ${command} -ErrorAction SilentlyContinue } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }`)).toBe(
    `RuntimeException,Microsoft.PowerShell.Commands.${type}\nThe specified wildcard character pattern is not valid: [a\n`);
  expect(fs.existsSync(path.join(dir, 'a.txt'))).toBe(true);
});

test('an invalid -Filter lists nothing, without an error', () => {
  expect(psnode("Get-ChildItem -Filter '[a'; 'after'")).toBe('after\n');
});
