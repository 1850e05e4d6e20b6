// The FileSystem provider's children view on Unix (FileSystem.format.ps1xml in pwsh 7.6): grouped by directory with a
// "    Directory: <path>" header; mode, owner, group, last write time, size, name ("link -> target" for links). Rows wrap.

import { getPropertyValue, invokeMethod, isNull, toDisplayString } from '../../runtime/values';
import { registerViews } from './registry';

const PROVIDER_PREFIX = 'Microsoft.PowerShell.Core\\FileSystem::';

/** `'{0,10} {1,5}' -f $_.LastWriteTime.ToString('d'), $_.LastWriteTime.ToString('HH:mm')` */
function lastWriteTime(item: unknown): string {
  const time = getPropertyValue(item, 'LastWriteTime');
  if (isNull(time)) return '';
  const date = toDisplayString(invokeMethod(time, 'ToString', ['d']));
  const clock = toDisplayString(invokeMethod(time, 'ToString', ['HH:mm']));
  return `${date.padStart(10)} ${clock.padStart(5)}`;
}

function nameWithTarget(item: unknown): string {
  const name = toDisplayString(getPropertyValue(item, 'Name'));
  const target = getPropertyValue(item, 'Target');
  return isNull(target) || toDisplayString(target) === '' ? name : `${name} -> ${toDisplayString(target)}`;
}

registerViews({
  kind: 'table',
  name: 'childrenWithUnixStat',
  typeNames: ['System.IO.DirectoryInfo', 'System.IO.FileInfo'],
  wrap: true,
  groupBy: {
    label: 'PSParentPath',
    property: 'PSParentPath',
    header: (parent) => `    Directory: ${toDisplayString(parent).replace(PROVIDER_PREFIX, '')}`,
  },
  columns: [
    { label: 'UnixMode', property: 'UnixMode', width: 10 },
    { label: 'User', property: 'User', width: 10, alignment: 'right' },
    { label: 'Group', property: 'Group', width: 10 },
    { label: 'LastWriteTime', property: lastWriteTime, width: 16, alignment: 'right' },
    { label: 'Size', property: 'Size', width: 12, alignment: 'right' },
    { label: 'Name', property: nameWithTarget },
  ],
});
