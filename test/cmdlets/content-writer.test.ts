// Set-Content / Add-Content through a runspace: every input object is written as it arrives (pwsh 7.6.9), to the
// paths it brings from the pipeline or to the command line's paths, opened once.

import * as fs from 'fs';
import * as path from 'path';
import { makeTempDir, runInDir } from '../helpers/temp-dir-runspace';

let dir: string;
beforeEach(() => {
  dir = makeTempDir('psnode-content-');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const psnode = (script: string) => runInDir(dir, script);

const content = (file: string) => fs.readFileSync(path.join(dir, file), 'utf8');

test('Add-Content with paths from the pipeline appends to every file, not only the last', () => {
  fs.writeFileSync(path.join(dir, 'a.bak'), 'a\n');
  fs.writeFileSync(path.join(dir, 'b.bak'), 'b\n');
  expect(psnode('Get-ChildItem *.bak | Add-Content -Value x -PassThru')).toBe('x\nx\n');
  expect([content('a.bak'), content('b.bak')]).toEqual(['a\nx\n', 'b\nx\n']);
});

test('Set-Content reopens (and empties) a piped path for each object; -NoNewline runs the values together', () => {
  fs.writeFileSync(path.join(dir, 'a.bak'), 'old\n');
  fs.writeFileSync(path.join(dir, 'b.bak'), 'old\n');
  psnode('Get-ChildItem *.bak | Set-Content -Value y, z -NoNewline');
  expect([content('a.bak'), content('b.bak')]).toEqual(['yz', 'yz']);
  psnode("[pscustomobject]@{ Path = 'a.bak' }, [pscustomobject]@{ Path = 'a.bak' } | Set-Content");
  expect(content('a.bak')).toBe('@{Path=a.bak}\n');
});

test('command-line paths are opened once: each value lands in every path, -PassThru emits it per path', () => {
  expect(psnode('1, 2 | Set-Content a.txt, b.txt -PassThru')).toBe('1\n1\n2\n2\n');
  expect([content('a.txt'), content('b.txt')]).toEqual(['1\n2\n', '1\n2\n']);
});

test('no input creates no file; a path that cannot be opened is reported once', () => {
  expect(psnode('@() | Set-Content e.txt; @() | Add-Content f.txt; Test-Path e.txt, f.txt')).toBe('False\nFalse\n');
  const out = psnode("'a', 'b' | Set-Content nodir/x.txt");
  expect(out.match(/Could not find a part of the path/g)).toHaveLength(1);
});

test('a byte-order mark is written once, before the first value', () => {
  psnode("'a', 'b' | Set-Content g.txt -Encoding utf8BOM");
  expect([...fs.readFileSync(path.join(dir, 'g.txt'))]).toEqual([239, 187, 191, 97, 10, 98, 10]);
});
