// Views for .NET types pwsh formats specially (DotNetTypes.format.ps1xml): dictionary entries, DateTime, TimeSpan,
// Version, Guid, NetworkCredential.

import { getPropertyValue, invokeMethod, toDisplayString } from '../../runtime/values';
import { registerViews } from './registry';

/** The DateTime view shows the date, the time or both, as Get-Date's DisplayHint note asks. */
function dateTimeText(d: unknown): string {
  const hint = String(getPropertyValue(d, 'DisplayHint') ?? '');
  if (/^date$/i.test(hint)) return toDisplayString(invokeMethod(d, 'ToLongDateString', []));
  if (/^time$/i.test(hint)) return toDisplayString(invokeMethod(d, 'ToLongTimeString', []));
  return toDisplayString(getPropertyValue(d, 'DateTime'));
}

registerViews(
  {
    kind: 'table',
    name: 'Dictionary',
    typeNames: ['System.Collections.DictionaryEntry'],
    columns: [{ label: 'Name', property: 'Name', width: 30 }, { label: 'Value', property: 'Value' }],
  },
  {
    kind: 'list',
    name: 'Dictionary',
    typeNames: ['System.Collections.DictionaryEntry'],
    entries: [{ items: [{ property: 'Name' }, { property: 'Value' }] }],
  },
  {
    kind: 'custom',
    name: 'DateTime',
    typeNames: ['System.DateTime'],
    text: (d) => dateTimeText(d),
  },
  {
    kind: 'list',
    name: 'System.TimeSpan',
    typeNames: ['System.TimeSpan'],
    entries: [
      {
        items: [
          'Days', 'Hours', 'Minutes', 'Seconds', 'Milliseconds', 'Ticks',
          'TotalDays', 'TotalHours', 'TotalMinutes', 'TotalSeconds', 'TotalMilliseconds',
        ].map((property) => ({ property })),
      },
    ],
  },
  {
    kind: 'table',
    name: 'System.Version',
    typeNames: ['System.Version'],
    columns: [
      { property: 'Major', width: 6 },
      { property: 'Minor', width: 6 },
      { property: 'Build', width: 6 },
      { property: 'Revision', width: 8 },
    ],
  },
  {
    kind: 'table',
    name: 'System.Guid',
    typeNames: ['System.Guid'],
    columns: [{ label: 'Guid', property: (g) => toDisplayString(g) }],
  },
  {
    kind: 'table',
    name: 'System.Net.NetworkCredential',
    typeNames: ['System.Net.NetworkCredential'],
    columns: [
      { property: 'UserName', width: 50 },
      { property: 'Domain', width: 50 },
    ],
  },
);
