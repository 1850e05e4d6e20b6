// Get-ChildItem's FileSystem view on Unix, against pwsh 7.6.9 (LANG=en_US.UTF-8, NO_COLOR, 80 columns):
//   mkdir sub; touch a.txt; Get-ChildItem
// Items are stand-ins carrying the FileInfo/DirectoryInfo members the view reads.

import '../../src/runtime/types';
import { DateTime, PSObject } from '../../src/runtime/values';
import { render } from './helpers';

function item(type: 'FileInfo' | 'DirectoryInfo', mode: string, size: number, name: string): PSObject {
  const o = new PSObject(undefined, [`System.IO.${type}`, 'System.IO.FileSystemInfo', 'System.Object']);
  const entries: Array<[string, unknown]> = [
    ['PSParentPath', 'Microsoft.PowerShell.Core\\FileSystem::/tmp/fmt/d'],
    ['UnixMode', mode],
    ['User', 'root'],
    ['Group', 'root'],
    ['LastWriteTime', DateTime.fromParts(2026, 11, 27, 8, 44, 0)],
    ['Size', BigInt(size)],
    ['Name', name],
    ['Target', null],
  ];
  for (const [k, v] of entries) o.setNote(k, v);
  return o;
}

test('Get-ChildItem: "    Directory:" header and the Unix columns', () => {
  const text = render([item('DirectoryInfo', 'drwxr-xr-x', 4096, 'sub'), item('FileInfo', '-rw-r--r--', 0, 'a.txt')], { wordWrap: true });
  expect(text).toBe(
    [
      '',
      '    Directory: /tmp/fmt/d',
      '',
      'UnixMode         User Group         LastWriteTime         Size Name',
      '--------         ---- -----         -------------         ---- ----',
      'drwxr-xr-x       root root       11/27/2026 08:44         4096 sub',
      '-rw-r--r--       root root       11/27/2026 08:44            0 a.txt',
      '',
      '',
    ].join('\n'),
  );
});
