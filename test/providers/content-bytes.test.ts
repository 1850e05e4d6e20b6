// -AsByteStream and -Delimiter (FileSystem dynamic parameters of the content cmdlets), as pwsh 7.6.9 does on Linux.

import * as fs from 'fs';
import * as path from 'path';
import GetContent from '../../cmdlets/Microsoft.PowerShell.Management/Get-Content';
import SetContent from '../../cmdlets/Microsoft.PowerShell.Management/Set-Content';
import AddContent from '../../cmdlets/Microsoft.PowerShell.Management/Add-Content';
import { newSession, removeSession, run, text, note, TestSession, Terminated } from './harness';
import { PSObject, TypedNumber, typeNameOf } from '../../src/runtime/values';

let t: TestSession;
const at = (...p: string[]) => path.join(t.dir, ...p);
const byte = (b: number) => new TypedNumber('System.Byte', b);
const number = (v: unknown) => Number(((v instanceof PSObject ? v.baseObject : v) as TypedNumber).value);
beforeEach(() => {
  t = newSession();
  fs.writeFileSync(at('data.bin'), Buffer.from([0x61, 0xe9, 0x0a, 0x62]));
});
afterEach(() => removeSession(t));

test('Get-Content -AsByteStream: one Byte per object with the path notes; -Raw one Byte[]; -ReadCount chunks', () => {
  const bytes = run(t, GetContent, { Path: ['data.bin'], AsByteStream: true }).output;
  expect(bytes.map(number)).toEqual([0x61, 0xe9, 0x0a, 0x62]);
  expect(typeNameOf((bytes[0] as PSObject).baseObject)).toBe('System.Byte');
  expect(note(bytes[0], 'PSChildName')).toBe('data.bin');
  const [raw] = run(t, GetContent, { Path: ['data.bin'], AsByteStream: true, Raw: true }).output;
  expect(typeNameOf((raw as PSObject).baseObject)).toBe('System.Byte[]');
  const chunks = run(t, GetContent, { Path: ['data.bin'], AsByteStream: true, ReadCount: 3 }).output as PSObject[];
  expect(chunks.map((c) => (c.baseObject as unknown[]).map(number))).toEqual([[0x61, 0xe9, 0x0a], [0x62]]);
  expect(chunks.map((c) => note(c, 'ReadCount'))).toEqual([3, 4]);
});

test('-AsByteStream with -Encoding warns that the encoding is not used', () => {
  const result = run(t, GetContent, { Path: ['data.bin'], AsByteStream: true, Encoding: 'unicode', TotalCount: 1 });
  expect(result.output.map(number)).toEqual([0x61]);
  expect(result.warnings).toEqual(["Encoding not used when '-AsByteStream' specified."]);
});

test('Set-/Add-Content -AsByteStream write bytes up to the first value that is not a byte, which is an error', () => {
  run(t, SetContent, { Path: ['o.bin'], AsByteStream: true }, { input: [byte(5), byte(6)] });
  run(t, AddContent, { Path: ['o.bin'], Value: [byte(7)], AsByteStream: true });
  expect([...fs.readFileSync(at('o.bin'))]).toEqual([5, 6, 7]);
  const result = run(t, SetContent, { Path: ['o.bin'], Value: [byte(1), 'x', byte(2)], AsByteStream: true });
  expect([...fs.readFileSync(at('o.bin'))]).toEqual([1]);
  expect(result.errors.map((e) => [e.errorId, e.exception.message])).toEqual([
    ['Argument', 'Cannot proceed with byte encoding. When using byte encoding the content must be of type byte.'],
  ]);
});

test('-Delimiter: chunks without the delimiter, none after a final one; "\\n" reads lines; errors with -AsByteStream and -Raw', () => {
  fs.writeFileSync(at('d.txt'), 'x,y\nz,\n');
  const read = (params: Record<string, unknown>) => run(t, GetContent, { Path: ['d.txt'], ...params });
  expect(read({ Delimiter: ',' }).output.map(text)).toEqual(['x', 'y\nz', '\n']);
  fs.writeFileSync(at('d.txt'), 'a\r\nb\nc,');
  expect(read({ Delimiter: '\n' }).output.map(text)).toEqual(['a', 'b', 'c,']);
  expect(read({ Delimiter: ',', AsByteStream: true }).errors.map((e) => e.exception.message))
    .toEqual(["A delimiter cannot be specified when reading the stream one byte at a time. (Parameter 'delimiter')"]);
  expect(() => read({ Delimiter: ',', Raw: true })).toThrow(Terminated);
});
