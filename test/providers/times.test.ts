// LastWriteTime/LastAccessTime setters and Test-Path -OlderThan/-NewerThan (FileSystem dynamic parameters), as .NET
// and pwsh 7.6.9 do on Linux.

import * as fs from 'fs';
import * as path from 'path';
import TestPath from '../../cmdlets/Microsoft.PowerShell.Management/Test-Path';
import { newSession, removeSession, run, TestSession } from './harness';
import { FileInfo } from '../../src/providers/filesystem/file-system-info';
import { DateTime, getPropertyValue, setPropertyValue } from '../../src/runtime/values';

let t: TestSession;
const at = (...p: string[]) => path.join(t.dir, ...p);
beforeEach(() => {
  t = newSession();
  fs.writeFileSync(at('f.txt'), '1\n');
});
afterEach(() => removeSession(t));

test('LastWriteTimeUtc takes an unspecified time as UTC; LastAccessTime a UTC one as UTC', () => {
  const file = new FileInfo(at('f.txt'));
  setPropertyValue(file, 'LastWriteTimeUtc', '2020-01-01 10:00');
  expect(fs.statSync(at('f.txt')).mtimeMs).toBe(Date.UTC(2020, 0, 1, 10));
  setPropertyValue(file, 'LastAccessTime', new DateTime(Date.UTC(2022, 0, 1), 'Utc'));
  expect(fs.statSync(at('f.txt')).atimeMs).toBe(Date.UTC(2022, 0, 1));
  expect((getPropertyValue(file, 'LastWriteTimeUtc') as DateTime).wallMs).toBe(Date.UTC(2020, 0, 1, 10));
});

test('Test-Path -OlderThan / -NewerThan compare the last write time', () => {
  const when = new Date(2020, 0, 1);
  fs.utimesSync(at('f.txt'), when, when);
  const test = (params: Record<string, unknown>) => run(t, TestPath, { Path: ['f.txt'], ...params }).output;
  const local = (y: number) => new DateTime(Date.UTC(y, 0, 1), 'Unspecified');
  expect(test({ OlderThan: local(2021) })).toEqual([true]);
  expect(test({ NewerThan: local(2021) })).toEqual([false]);
  expect(test({ NewerThan: local(2019), OlderThan: local(2021) })).toEqual([true]);
  expect(test({ OlderThan: null })).toEqual([true]);
});
