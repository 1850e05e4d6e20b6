// -Encoding on Set-Content, Add-Content and Get-Content (FileSystem dynamic parameter): the bytes on disk and the
// text read back, as pwsh 7.6.9 writes and reads them on Linux.

import * as fs from 'fs';
import * as path from 'path';
import GetContent from '../../cmdlets/Microsoft.PowerShell.Management/Get-Content';
import SetContent from '../../cmdlets/Microsoft.PowerShell.Management/Set-Content';
import AddContent from '../../cmdlets/Microsoft.PowerShell.Management/Add-Content';
import { createRunspace } from '../../src/host';
import { newSession, removeSession, run, text, TestSession } from './harness';
import { encodingArgument } from '../../src/providers/filesystem/text-encoding';

let t: TestSession;
const at = (...p: string[]) => path.join(t.dir, ...p);
const hex = (file: string) => [...fs.readFileSync(at(file))].map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');
beforeEach(() => {
  t = newSession();
});
afterEach(() => removeSession(t));

// Recorded from pwsh: Set-Content t.txt 'aé€' -Encoding <name>, then [IO.File]::ReadAllBytes.
test.each([
  ['utf8', '61 C3 A9 E2 82 AC 0A'],
  ['utf8BOM', 'EF BB BF 61 C3 A9 E2 82 AC 0A'],
  ['ascii', '61 3F 3F 0A'],
  ['unicode', 'FF FE 61 00 E9 00 AC 20 0A 00'],
  ['bigendianunicode', 'FE FF 00 61 00 E9 20 AC 00 0A'],
  ['utf32', 'FF FE 00 00 61 00 00 00 E9 00 00 00 AC 20 00 00 0A 00 00 00'],
  ['bigendianutf32', '00 00 FE FF 00 00 00 61 00 00 00 E9 00 00 20 AC 00 00 00 0A'],
  ['latin1', '61 E9 3F 0A'],
  ['utf-8', 'EF BB BF 61 C3 A9 E2 82 AC 0A'],
  ['iso-8859-15', '61 E9 A4 0A'],
  ['koi8-r', '61 65 3F 0A'],
  [1252, '61 E9 80 0A'],
  [437, '61 82 3F 0A'],
  [0, '61 C3 A9 E2 82 AC 0A'],
])('Set-Content -Encoding %s writes %s', (encoding, bytes) => {
  run(t, SetContent, { Path: ['t.txt'], Value: ['aé€'], Encoding: encoding });
  expect(hex('t.txt')).toBe(bytes);
});

test('surrogates: a pair is two replacements in ASCII, a lone one is U+FFFD in UTF-8 and UTF-16', () => {
  run(t, SetContent, { Path: ['t.txt'], Value: ['\ud83d\ude00'], Encoding: 'ascii' });
  expect(hex('t.txt')).toBe('3F 3F 0A');
  run(t, SetContent, { Path: ['t.txt'], Value: ['\ud83d'], Encoding: 'utf8' });
  expect(hex('t.txt')).toBe('EF BF BD 0A');
  run(t, SetContent, { Path: ['t.txt'], Value: ['\ud83d'], Encoding: 'unicode' });
  expect(hex('t.txt')).toBe('FF FE FD FF 0A 00');
});

test('Add-Content keeps the encoding of a byte-order mark, uses -Encoding otherwise, and marks only new or empty files', () => {
  run(t, SetContent, { Path: ['w.txt'], Value: ['a'], Encoding: 'unicode' });
  run(t, AddContent, { Path: ['w.txt'], Value: ['b'], Encoding: 'utf8' });
  expect(hex('w.txt')).toBe('FF FE 61 00 0A 00 62 00 0A 00');
  run(t, SetContent, { Path: ['p.txt'], Value: ['a'] });
  run(t, AddContent, { Path: ['p.txt'], Value: ['b'], Encoding: 'unicode' });
  expect(hex('p.txt')).toBe('61 0A 62 00 0A 00');
  fs.writeFileSync(at('e.txt'), '');
  run(t, AddContent, { Path: ['e.txt'], Value: ['e'], Encoding: 'bigendianunicode' });
  expect(hex('e.txt')).toBe('FE FF 00 65 00 0A');
});

test('Get-Content: the byte-order mark wins over -Encoding; without one -Encoding decides, UTF-8 by default', () => {
  fs.writeFileSync(at('l.txt'), Buffer.from([0x61, 0xe9, 0x0a, 0x62]));
  const lines = (params: Record<string, unknown>) => run(t, GetContent, { Path: ['l.txt'], ...params }).output.map(text);
  expect(lines({})).toEqual(['a\ufffd', 'b']);
  expect(lines({ Encoding: 'latin1' })).toEqual(['aé', 'b']);
  expect(lines({ Encoding: 'ascii' })).toEqual(['a?', 'b']);
  expect(lines({ Encoding: 1251 })).toEqual(['aй', 'b']);
  fs.writeFileSync(at('l.txt'), Buffer.from([0xfe, 0xff, 0x00, 0x61, 0x00, 0xe9]));
  expect(lines({ Encoding: 'ascii' })).toEqual(['aé']);
  fs.writeFileSync(at('l.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x7a, 0x00, 0x00, 0x00]));
  expect(lines({})).toEqual(['z']);
});

test('an encoding .NET does not know fails binding at the argument and writes nothing', () => {
  let out = '';
  const rs = createRunspace({ cwd: t.dir, write: (text) => (out += text), writeErrorLine: (text) => (out += text + '\n') });
  rs.runScript("try { Set-Content x.txt 'x' -Encoding bogus } catch { $_.FullyQualifiedErrorId; $_.Exception.Message}");
  expect(out).toBe('ParameterArgumentTransformationError,Microsoft.PowerShell.Commands.SetContentCommand\n'
    + "Cannot process argument transformation on parameter 'Encoding'. 'bogus' is not a supported encoding name. "
    + "For information on defining a custom encoding, see the documentation for the Encoding.RegisterProvider method. (Parameter 'name')\n");
  expect(fs.existsSync(at('x.txt'))).toBe(false);
  expect(() => encodingArgument(12345)).toThrow('No data is available for encoding 12345.');
  expect(() => encodingArgument(70000)).toThrow("Valid values are between 0 and 65535, inclusive. (Parameter 'codepage')");
});

test('UTF-7: direct characters stay, "+" is "+-", other runs are base64; choosing it warns once per command', () => {
  const result = run(t, SetContent, { Path: ['u7.txt'], Value: ['aé€ a+b 😀'], Encoding: 'utf7', NoNewline: true });
  expect(fs.readFileSync(at('u7.txt'), 'latin1')).toBe('a+AOkgrA- a+-b +2D3eAA-');
  expect(result.warnings).toEqual(["Encoding 'UTF-7' is obsolete, please use UTF-8."]);
  fs.writeFileSync(at('r7.txt'), 'a+AOk-b+AOkgrA-c+-d+AOk.e');
  expect(run(t, GetContent, { Path: ['r7.txt', 'r7.txt'], Encoding: 'utf7' }).warnings).toHaveLength(1);
  expect(run(t, GetContent, { Path: ['r7.txt'], Encoding: 'UTF7' }).output.map(text)).toEqual(['aébé€c+dé.e']);
  expect(() => encodingArgument(65000)).toThrow('Support for UTF-7 is disabled.');
});
