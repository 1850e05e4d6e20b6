// The FileSystem views of FileSystem.format.ps1xml as pwsh 7.6 has them on Unix: the children table grouped by
// directory (`    Directory: /tmp`), UnixMode / User / Group / LastWriteTime / Size / Name, links shown as
// `name -> target`. Owned by the providers area; registered through the format view registry.

import { getPropertyValue, toDisplayString } from '../../runtime/values';
import { registerViews } from './registry';

const FILE_INFO = 'System.IO.FileInfo';
const DIRECTORY_INFO = 'System.IO.DirectoryInfo';
const FILESYSTEM_PREFIX = 'Microsoft.PowerShell.Core\\FileSystem::';

const pad2 = (n: number) => String(n).padStart(2, '0');

/** LastWriteTime as the Unix view prints it: `MM/dd/yyyy HH:mm` (the "d" and "t" patterns of the invariant culture). */
function lastWriteTime(item: unknown): string {
  const t = getPropertyValue(item, 'LastWriteTime') as { Year: number; Month: number; Day: number; Hour: number; Minute: number } | null;
  if (!t) return '';
  return `${pad2(t.Month)}/${pad2(t.Day)}/${t.Year} ${pad2(t.Hour)}:${pad2(t.Minute)}`;
}

function nameWithTarget(item: unknown): string {
  const name = toDisplayString(getPropertyValue(item, 'Name'));
  const target = getPropertyValue(item, 'LinkTarget');
  return target === null || target === undefined ? name : `${name} -> ${toDisplayString(target)}`;
}

function directory(item: unknown): string {
  return String(getPropertyValue(item, 'PSParentPath') ?? '').replace(FILESYSTEM_PREFIX, '');
}

registerViews({
  kind: 'table',
  name: 'childrenWithUnixStat',
  typeNames: [FILE_INFO, DIRECTORY_INFO],
  // pwsh writes this group header with a custom control indented by four: `    Directory: /tmp`. The registry's
  // group header indents by three, so the label carries the fourth space until group headers can be custom.
  groupBy: { label: ' Directory', property: directory },
  columns: [
    { property: 'UnixMode', width: 10, alignment: 'left' },
    { property: 'User', width: 10, alignment: 'right' },
    { property: 'Group', width: 10, alignment: 'left' },
    { label: 'LastWriteTime', property: lastWriteTime, width: 16, alignment: 'right' },
    { property: 'Size', width: 12, alignment: 'right' },
    { label: 'Name', property: nameWithTarget, alignment: 'left' },
  ],
});
