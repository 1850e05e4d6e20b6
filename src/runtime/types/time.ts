// System.DateTime, System.TimeSpan, System.Guid, System.Version and $PSVersionTable.PSVersion.

import { registerType, DateTime, TimeSpan, Guid, Version, EnumValue, makeDouble, DotNetException, DAY_NAMES } from '../values';
import { EPOCH_TICKS, type DateTimeKind } from '../values/datetime';
import { toDouble, toStr, parseTimeSpan, convertTo } from '../convert';
import { formatDate } from '../operators/format';
import { SemanticVersionValue } from '../session/automatic';
import { arg } from './helpers';

const d = (v: unknown) => v as DateTime;
const MS = { Days: 864e5, Hours: 36e5, Minutes: 6e4, Seconds: 1e3, Milliseconds: 1 } as const;

function isDateTimeKind(v: unknown): v is EnumValue {
  return v instanceof EnumValue && v.typeName === 'System.DateTimeKind';
}

function kindOf(v: unknown): DateTimeKind {
  return (v as EnumValue).name as DateTimeKind;
}

function addMonths(dt: DateTime, months: number): DateTime {
  const date = new Date(dt.wallMs);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const last = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, last));
  return new DateTime(date.getTime(), dt.kind, dt.subTicks);
}

registerType({
  fullName: 'System.DateTime',
  accelerators: ['datetime'],
  baseTypes: ['System.ValueType'],
  jsClass: DateTime,
  properties: [
    // pwsh's DateTime script property (types.ps1xml): long date and long time in the current culture.
    { name: 'DateTime', type: 'System.Object', get: (v) => `${formatDate(d(v), 'D')} ${formatDate(d(v), 'T')}` },
    { name: 'Date', type: 'datetime', get: (v) => DateTime.fromParts(d(v).Year, d(v).Month, d(v).Day, 0, 0, 0, 0, d(v).kind) },
    { name: 'Day', type: 'int', get: (v) => d(v).Day },
    { name: 'DayOfWeek', type: 'System.DayOfWeek', get: (v) => new EnumValue('System.DayOfWeek', DAY_NAMES[d(v).DayOfWeek], d(v).DayOfWeek) },
    { name: 'DayOfYear', type: 'int', get: (v) => d(v).DayOfYear },
    { name: 'Hour', type: 'int', get: (v) => d(v).Hour },
    { name: 'Kind', type: 'System.DateTimeKind', get: (v) => new EnumValue('System.DateTimeKind', d(v).kind, ['Unspecified', 'Utc', 'Local'].indexOf(d(v).kind)) },
    { name: 'Millisecond', type: 'int', get: (v) => d(v).Millisecond },
    { name: 'Microsecond', type: 'int', get: (v) => Math.floor(d(v).subTicks / 10) },
    { name: 'Nanosecond', type: 'int', get: (v) => (d(v).subTicks % 10) * 100 },
    { name: 'Minute', type: 'int', get: (v) => d(v).Minute },
    { name: 'Month', type: 'int', get: (v) => d(v).Month },
    { name: 'Second', type: 'int', get: (v) => d(v).Second },
    { name: 'Ticks', type: 'long', get: (v) => d(v).ticks },
    { name: 'TimeOfDay', type: 'timespan', get: (v) => new TimeSpan((d(v).wallMs - Date.UTC(d(v).Year, d(v).Month - 1, d(v).Day)) * 1e4 + d(v).subTicks) },
    { name: 'Year', type: 'int', get: (v) => d(v).Year },
  ],
  methods: [
    ...(['Days', 'Hours', 'Minutes', 'Seconds', 'Milliseconds'] as const).map((u) => ({ name: 'Add' + u, invoke: (v: unknown, a: unknown[]) => d(v).addMs(toDouble(a[0]) * MS[u]) })),
    { name: 'AddMonths', invoke: (v, a) => addMonths(d(v), arg.int(a, 0)) },
    { name: 'AddYears', invoke: (v, a) => addMonths(d(v), 12 * arg.int(a, 0)) },
    { name: 'AddTicks', invoke: (v, a) => d(v).addMs(toDouble(a[0]) / 1e4) },
    { name: 'Add', invoke: (v, a) => d(v).addMs((a[0] as TimeSpan).ticks / 1e4) },
    { name: 'Subtract', invoke: (v, a) => (a[0] instanceof DateTime ? new TimeSpan((d(v).wallMs - a[0].wallMs) * 1e4) : d(v).addMs(-(a[0] as TimeSpan).ticks / 1e4)) },
    { name: 'ToUniversalTime', invoke: (v) => d(v).toUniversal() },
    { name: 'ToLocalTime', invoke: (v) => d(v).toLocal() },
    { name: 'ToString', invoke: (v, a) => (a.length ? formatDate(d(v), arg.str(a, 0)) : d(v).toString()) },
    { name: 'ToShortDateString', invoke: (v) => formatDate(d(v), 'd') },
    { name: 'ToLongDateString', invoke: (v) => formatDate(d(v), 'D') },
    { name: 'ToShortTimeString', invoke: (v) => formatDate(d(v), 't') },
    { name: 'ToLongTimeString', invoke: (v) => formatDate(d(v), 'T') },
    { name: 'ToFileTime', invoke: (v) => d(v).toUniversal().ticks - 504911232000000000n },
    { name: 'CompareTo', invoke: (v, a) => Math.sign(d(v).wallMs - (a[0] as DateTime).wallMs) },
  ],
  staticProperties: [
    { name: 'Now', get: () => DateTime.now() },
    { name: 'UtcNow', get: () => DateTime.utcNow() },
    { name: 'Today', get: () => { const n = DateTime.now(); return DateTime.fromParts(n.Year, n.Month, n.Day, 0, 0, 0, 0, 'Local'); } },
    { name: 'MinValue', get: () => DateTime.fromParts(1, 1, 1) },
    { name: 'MaxValue', get: () => DateTime.fromParts(9999, 12, 31, 23, 59, 59, 999) },
    { name: 'UnixEpoch', get: () => new DateTime(0, 'Utc') },
  ],
  staticMethods: [
    { name: 'Parse', invoke: (a) => convertTo(arg.str(a, 0), 'System.DateTime') },
    { name: 'DaysInMonth', invoke: (a) => new Date(Date.UTC(arg.int(a, 0), arg.int(a, 1), 0)).getUTCDate() },
    { name: 'IsLeapYear', invoke: (a) => { const y = arg.int(a, 0); return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0; } },
    { name: 'SpecifyKind', invoke: (a) => new DateTime(d(a[0]).wallMs, kindOf(convertTo(a[1], 'System.DateTimeKind')), d(a[0]).subTicks) },
  ],
  construct: (a) => {
    // The overloads that take a DateTimeKind take it last: (ticks, kind), (y, M, d, h, m, s, kind), (..., ms, kind).
    const last = a[a.length - 1];
    const kind: DateTimeKind = isDateTimeKind(last) ? kindOf(last) : 'Unspecified';
    const parts = isDateTimeKind(last) ? a.slice(0, -1) : a;
    if (parts.length === 1) {
      const ticks = BigInt(toStr(parts[0])) - EPOCH_TICKS;
      return new DateTime(Number(ticks / 10000n), kind, Number(ticks % 10000n));
    }
    const [y, mo, day, h, mi, s, ms] = [0, 1, 2, 3, 4, 5, 6].map((i) => (i < parts.length && typeof parts[i] !== 'object' ? arg.int(parts, i) : 0));
    return DateTime.fromParts(y, mo, day, h, mi, s, ms, kind);
  },
  toString: (v) => d(v).toString(),
});

const ts = (v: unknown) => v as TimeSpan;
registerType({
  fullName: 'System.TimeSpan',
  accelerators: ['timespan'],
  baseTypes: ['System.ValueType'],
  jsClass: TimeSpan,
  properties: [
    { name: 'Ticks', type: 'long', get: (v) => BigInt(Math.trunc(ts(v).ticks)) },
    { name: 'Days', type: 'int', get: (v) => ts(v).Days },
    { name: 'Hours', type: 'int', get: (v) => ts(v).Hours },
    { name: 'Milliseconds', type: 'int', get: (v) => ts(v).Milliseconds },
    { name: 'Microseconds', type: 'int', get: (v) => Math.trunc(ts(v).ticks / 10) % 1000 },
    { name: 'Nanoseconds', type: 'int', get: (v) => (Math.trunc(ts(v).ticks) % 10) * 100 },
    { name: 'Minutes', type: 'int', get: (v) => ts(v).Minutes },
    { name: 'Seconds', type: 'int', get: (v) => ts(v).Seconds },
    { name: 'TotalDays', type: 'double', get: (v) => makeDouble(ts(v).TotalDays) },
    { name: 'TotalHours', type: 'double', get: (v) => makeDouble(ts(v).TotalHours) },
    { name: 'TotalMilliseconds', type: 'double', get: (v) => makeDouble(ts(v).TotalMilliseconds) },
    { name: 'TotalMicroseconds', type: 'double', get: (v) => makeDouble(ts(v).ticks / 10) },
    { name: 'TotalNanoseconds', type: 'double', get: (v) => makeDouble(ts(v).ticks * 100) },
    { name: 'TotalMinutes', type: 'double', get: (v) => makeDouble(ts(v).TotalMinutes) },
    { name: 'TotalSeconds', type: 'double', get: (v) => makeDouble(ts(v).TotalSeconds) },
  ],
  methods: [
    { name: 'Add', invoke: (v, a) => new TimeSpan(ts(v).ticks + ts(a[0]).ticks) },
    { name: 'Subtract', invoke: (v, a) => new TimeSpan(ts(v).ticks - ts(a[0]).ticks) },
    { name: 'Negate', invoke: (v) => new TimeSpan(-ts(v).ticks) },
    { name: 'Duration', invoke: (v) => new TimeSpan(Math.abs(ts(v).ticks)) },
    { name: 'ToString', invoke: (v) => ts(v).toString() },
  ],
  staticProperties: [{ name: 'Zero', get: () => new TimeSpan(0) }],
  staticMethods: [
    ...(['Days', 'Hours', 'Minutes', 'Seconds', 'Milliseconds'] as const).map((u) => ({ name: 'From' + u, invoke: (a: unknown[]) => new TimeSpan(toDouble(a[0]) * MS[u] * 1e4) })),
    { name: 'Parse', invoke: (a) => { const t = parseTimeSpan(arg.str(a, 0)); if (!t) throw new DotNetException('System.FormatException', `String '${arg.str(a, 0)}' was not recognized as a valid TimeSpan.`); return t; } },
  ],
  construct: (a) => {
    const n = a.map((_, i) => arg.int(a, i));
    if (n.length === 1) return new TimeSpan(n[0]);
    if (n.length === 3) return TimeSpan.fromParts(0, n[0], n[1], n[2]);
    return TimeSpan.fromParts(n[0] ?? 0, n[1] ?? 0, n[2] ?? 0, n[3] ?? 0, n[4] ?? 0);
  },
});

registerType({
  fullName: 'System.Guid',
  accelerators: ['guid'],
  baseTypes: ['System.ValueType'],
  jsClass: Guid,
  properties: [
    { name: 'Variant', type: 'int', get: (g: Guid) => parseInt(g.value[19], 16) },
    { name: 'Version', type: 'int', get: (g: Guid) => (g.value === Guid.Empty.value ? 0 : parseInt(g.value[14], 16)) },
    { name: 'Guid', type: 'string', get: (g: Guid) => g.value },
  ],
  methods: [{ name: 'ToString', invoke: (g: Guid, a) => (a.length && arg.str(a, 0).toUpperCase() === 'N' ? g.value.replace(/-/g, '') : a.length && arg.str(a, 0).toUpperCase() === 'B' ? `{${g.value}}` : g.value) }],
  staticProperties: [{ name: 'Empty', get: () => Guid.Empty }],
  staticMethods: [
    { name: 'NewGuid', invoke: () => new Guid((require('crypto') as typeof import('crypto')).randomUUID()) },
    { name: 'Parse', invoke: (a) => convertTo(arg.str(a, 0), 'System.Guid') },
  ],
  construct: (a) => convertTo(arg.str(a, 0), 'System.Guid'),
});

registerType({
  fullName: 'System.Version',
  accelerators: ['version'],
  jsClass: Version,
  properties: [
    { name: 'Major', type: 'int', get: (v: Version) => v.Major },
    { name: 'Minor', type: 'int', get: (v: Version) => v.Minor },
    { name: 'Build', type: 'int', get: (v: Version) => v.Build },
    { name: 'Revision', type: 'int', get: (v: Version) => v.Revision },
    { name: 'MajorRevision', type: 'short', get: (v: Version) => (v.Revision < 0 ? -1 : v.Revision >> 16) },
    { name: 'MinorRevision', type: 'short', get: (v: Version) => (v.Revision < 0 ? -1 : v.Revision & 0xffff) },
  ],
  methods: [{ name: 'CompareTo', invoke: (v: Version, a) => v.compare(convertTo(a[0], 'System.Version') as Version) }],
  staticMethods: [{ name: 'Parse', invoke: (a) => convertTo(arg.str(a, 0), 'System.Version') }],
  construct: (a) => (a.length === 1 ? convertTo(a[0], 'System.Version') : new Version(...(a.map((_, i) => arg.int(a, i)) as [number, number]))),
});

registerType({
  fullName: 'System.Management.Automation.SemanticVersion',
  accelerators: ['semver'],
  jsClass: SemanticVersionValue,
  properties: [
    { name: 'Major', type: 'int', get: (v: SemanticVersionValue) => v.Major },
    { name: 'Minor', type: 'int', get: (v: SemanticVersionValue) => v.Minor },
    { name: 'Patch', type: 'int', get: (v: SemanticVersionValue) => v.Patch },
    { name: 'PreReleaseLabel', type: 'string', get: () => null },
    { name: 'BuildLabel', type: 'string', get: () => null },
  ],
  toString: (v: SemanticVersionValue) => v.text,
});

