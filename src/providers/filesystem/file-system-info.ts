// System.IO.FileInfo and System.IO.DirectoryInfo over Node's fs, with the properties pwsh 7.6 shows on Unix (the
// .NET ones plus the ETS members Mode, UnixMode, User, Group, Size, BaseName, Target, LinkType ...), registered in
// the type-adapter registry so GetType(), member access and format views see the .NET types.

import * as fs from 'fs';
import * as path from 'path';
import { registerType, PropertyAdapter, MethodAdapter } from '../../runtime/values/type-registry';
import { DateTime } from '../../runtime/values/datetime';
import { EnumValue } from '../../runtime/values/primitives';
import { userName, groupName } from './unix-accounts';
import { WildcardPattern } from '../core/wildcard';
import { DotNetException } from '../../runtime/values/errors';
import { FileSystemMsg } from './messages';
import { convertTo, toBool } from '../../runtime/convert';

export function localDateTime(d: Date): DateTime {
  return new DateTime(d.getTime() - d.getTimezoneOffset() * 60000, 'Local');
}

function utcDateTime(d: Date): DateTime {
  return new DateTime(d.getTime(), 'Utc');
}

const PERMISSION_CHARS = 'rwxrwxrwx';

/** The ls-style mode string: '-rw-r--r--', 'drwxrwxrwt', 'lrwxrwxrwx'. */
function unixMode(st: fs.Stats): string {
  const type = st.isSymbolicLink() ? 'l' : st.isDirectory() ? 'd' : st.isFIFO() ? 'p' : st.isSocket() ? 's'
    : st.isCharacterDevice() ? 'c' : st.isBlockDevice() ? 'b' : '-';
  let perms = '';
  for (let i = 0; i < 9; i++) perms += st.mode & (0o400 >> i) ? PERMISSION_CHARS[i] : '-';
  const special = (pos: number, bit: number, set: string, unset: string) => {
    if (st.mode & bit) perms = perms.slice(0, pos) + (perms[pos] === '-' ? unset : set) + perms.slice(pos + 1);
  };
  special(2, 0o4000, 's', 'S');
  special(5, 0o2000, 's', 'S');
  special(8, 0o1000, 't', 'T');
  return type + perms;
}

export abstract class FileSystemInfo {
  private cached?: fs.Stats | null;
  constructor(readonly fullName: string) {}

  refresh(): void {
    this.cached = undefined;
  }

  /** lstat of the entry (a link describes itself); null when it does not exist. */
  get stat(): fs.Stats | null {
    if (this.cached === undefined) this.cached = fs.lstatSync(this.fullName, { throwIfNoEntry: false }) ?? null;
    return this.cached;
  }

  get name(): string {
    return this.fullName === '/' ? '/' : path.basename(this.fullName);
  }

  get extension(): string {
    const n = this.name;
    const dot = n.lastIndexOf('.');
    return dot < 0 || dot === n.length - 1 ? '' : n.slice(dot);
  }

  get isLink(): boolean {
    return this.stat?.isSymbolicLink() ?? false;
  }

  get attributes(): string[] {
    const st = this.stat;
    if (!st) return ['-1'];
    const a: string[] = [];
    // A link reports its target's permissions, as .NET does.
    const permissions = st.isSymbolicLink() ? fs.statSync(this.fullName, { throwIfNoEntry: false }) ?? st : st;
    if (!(permissions.mode & 0o200)) a.push('ReadOnly');
    if (this.name.startsWith('.') && this.name !== '.' && this.name !== '..') a.push('Hidden');
    if (this instanceof DirectoryInfo) a.push('Directory');
    if (st.isSymbolicLink()) a.push('ReparsePoint');
    if (a.length === 0) a.push('Normal');
    return a;
  }

  /** Mode as pwsh prints it: d/l, a, r, h, s. */
  get mode(): string {
    const attrs = this.attributes;
    return (this.isLink ? 'l' : this instanceof DirectoryInfo ? 'd' : '-')
      + (attrs.includes('Archive') ? 'a' : '-')
      + (attrs.includes('ReadOnly') ? 'r' : '-')
      + (attrs.includes('Hidden') ? 'h' : '-')
      + (attrs.includes('System') ? 's' : '-');
  }

  get linkTarget(): string | null {
    return this.isLink ? fs.readlinkSync(this.fullName) : null;
  }

  toString(): string {
    return this.fullName;
  }
}

export class FileInfo extends FileSystemInfo {
  get length(): bigint {
    return BigInt(this.stat?.size ?? 0);
  }

  /** As .NET on Unix: read-only takes every write bit away; clearing it gives the owner's back. */
  set isReadOnly(readOnly: boolean) {
    const mode = fs.statSync(this.fullName).mode;
    fs.chmodSync(this.fullName, readOnly ? mode & ~0o222 : mode | 0o200);
    this.refresh();
  }
}

export class DirectoryInfo extends FileSystemInfo {
  /** Entries matching a .NET search pattern ('*' by default), hidden ones included, in name order. */
  entries(pattern: unknown, kind: 'file' | 'directory' | 'any'): FileSystemInfo[] {
    const match = new WildcardPattern(pattern === undefined ? '*' : String(pattern), false);
    let names: string[];
    try {
      names = fs.readdirSync(this.fullName);
    } catch {
      throw new DotNetException('System.IO.DirectoryNotFoundException', `Could not find a part of the path '${this.fullName}'.`);
    }
    return names
      .filter((n) => match.isMatch(n))
      .sort()
      .map((n) => {
        const full = path.join(this.fullName, n);
        return fileSystemInfoFor(full, fs.statSync(full, { throwIfNoEntry: false })?.isDirectory() ?? false);
      })
      .filter((e) => kind === 'any' || (kind === 'directory') === e instanceof DirectoryInfo);
  }
}

export function fileSystemInfoFor(fullName: string, isDirectory: boolean): FileSystemInfo {
  return isDirectory ? new DirectoryInfo(fullName) : new FileInfo(fullName);
}

/** System.IO.FileAttributes, in .NET's order. */
export const FILE_ATTRIBUTES: Readonly<Record<string, number>> = {
  None: 0, ReadOnly: 1, Hidden: 2, System: 4, Directory: 16, Archive: 32, Device: 64, Normal: 128, Temporary: 256, SparseFile: 512,
  ReparsePoint: 1024, Compressed: 2048, Offline: 4096, NotContentIndexed: 8192, Encrypted: 16384, IntegrityStream: 32768, NoScrubData: 131072,
};

function attributesValue(self: FileSystemInfo): EnumValue {
  const names = self.attributes;
  return new EnumValue('System.IO.FileAttributes', names.join(', '), names.reduce((n, a) => n + (FILE_ATTRIBUTES[a] ?? 0), 0));
}

/** The instant a value assigned to a time property means: the local one names local (or unspecified) wall-clock times,
 * the Utc one takes unspecified times as UTC, as .NET's setters do. */
function assignedInstant(value: unknown, utcProperty: boolean): Date {
  const t = convertTo(value, 'System.DateTime') as DateTime;
  const asUtc = utcProperty ? t.kind !== 'Local' : t.kind === 'Utc';
  return new Date(asUtc ? t.wallMs : t.utcMs);
}

/** Sets a file's access or write time (what utimes can change; .NET on Linux cannot set the creation time either). */
function setTime(s: FileSystemInfo, which: 'atime' | 'mtime', when: Date): void {
  const st = fs.statSync(s.fullName);
  fs.utimesSync(s.fullName, which === 'atime' ? when : st.atime, which === 'mtime' ? when : st.mtime);
  s.refresh();
}

function times(name: string, pick: (st: fs.Stats) => Date, settable?: 'atime' | 'mtime'): PropertyAdapter<FileSystemInfo>[] {
  const setter = (utc: boolean) => (settable ? { set: (s: FileSystemInfo, v: unknown) => setTime(s, settable, assignedInstant(v, utc)) } : {});
  return [
    { name, type: 'datetime', get: (s) => (s.stat ? localDateTime(pick(s.stat)) : null), ...setter(false) },
    { name: name + 'Utc', type: 'datetime', get: (s) => (s.stat ? utcDateTime(pick(s.stat)) : null), ...setter(true) },
  ];
}

/** .NET on Linux reports the older of the change and modification times as the creation time. */
const birth = (st: fs.Stats) => (st.ctimeMs < st.mtimeMs ? st.ctime : st.mtime);

/** ETS members pwsh adds to both types on Unix, in the order Get-Member / psobject.Properties list them. */
function leadingMembers(withVersionInfo: boolean): PropertyAdapter<FileSystemInfo>[] {
  const list: PropertyAdapter<FileSystemInfo>[] = [
    { name: 'UnixMode', type: 'string', get: (s) => (s.stat ? unixMode(s.stat) : null) },
    { name: 'User', type: 'string', get: (s) => (s.stat ? userName(s.stat.uid) : null) },
    { name: 'Group', type: 'string', get: (s) => (s.stat ? groupName(s.stat.gid) : null) },
    { name: 'Size', type: 'long', get: (s) => BigInt(s.stat?.size ?? 0) },
    { name: 'Mode', type: 'string', get: (s) => s.mode },
    { name: 'ModeWithoutHardLink', type: 'string', get: (s) => s.mode },
  ];
  if (withVersionInfo) list.push({ name: 'VersionInfo', get: () => null });
  list.push(
    { name: 'BaseName', type: 'string', get: (s) => (s instanceof FileInfo && s.extension ? s.name.slice(0, -s.extension.length) : s.name) },
    { name: 'ResolvedTarget', type: 'string', get: (s) => (s.isLink ? path.resolve(path.dirname(s.fullName), s.linkTarget!) : s.fullName) },
    { name: 'Target', type: 'string', get: (s) => s.linkTarget },
    { name: 'LinkType', type: 'string', get: (s) => (s.isLink ? 'SymbolicLink' : null) },
  );
  return list;
}

function trailingMembers(): PropertyAdapter<FileSystemInfo>[] {
  return [
    { name: 'Exists', type: 'bool', get: (s) => s.stat !== null },
    { name: 'FullName', type: 'string', get: (s) => s.fullName },
    { name: 'Extension', type: 'string', get: (s) => s.extension },
    ...times('CreationTime', birth),
    ...times('LastAccessTime', (st) => st.atime, 'atime'),
    ...times('LastWriteTime', (st) => st.mtime, 'mtime'),
    { name: 'LinkTarget', type: 'string', get: (s) => s.linkTarget },
    { name: 'UnixFileMode', get: (s) => (s.stat ? new EnumValue('System.IO.UnixFileMode', '', s.stat.mode & 0o7777) : null) },
    { name: 'Attributes', get: (s) => attributesValue(s) },
  ];
}

/** Methods both types share: Refresh, Delete, ToString. */
function commonMethods<T extends FileSystemInfo>(): MethodAdapter<T>[] {
  return [
    { name: 'Refresh', overloads: ['void Refresh()'], invoke: (s) => s.refresh() },
    { name: 'Delete', overloads: ['void Delete()'], invoke: (s) => fs.rmSync(s.fullName, { recursive: false }) },
    { name: 'ToString', overloads: ['string ToString()'], invoke: (s) => s.fullName },
  ];
}

/** `[System.IO.FileInfo]::new(path)`: relative paths resolve against the process directory, as in .NET. */
function constructFrom<T>(make: (full: string) => T): (args: unknown[]) => T {
  return (args) => {
    const given = args.length === 1 && args[0] !== null && args[0] !== undefined ? String(args[0]) : '';
    if (given === '') throw new DotNetException('System.ArgumentException', FileSystemMsg.EmptyPath);
    return make(path.resolve(given));
  };
}

function parentDirectory(p: string): DirectoryInfo | null {
  return p === '/' ? null : new DirectoryInfo(path.dirname(p));
}

registerType({
  fullName: 'System.IO.FileInfo',
  baseTypes: ['System.IO.FileSystemInfo', 'System.MarshalByRefObject'],
  jsClass: FileInfo,
  properties: [
    ...leadingMembers(true),
    { name: 'Name', type: 'string', get: (s: FileInfo) => s.name },
    { name: 'Length', type: 'long', get: (s: FileInfo) => s.length },
    { name: 'DirectoryName', type: 'string', get: (s: FileInfo) => path.dirname(s.fullName) },
    { name: 'Directory', get: (s: FileInfo) => parentDirectory(s.fullName) },
    { name: 'IsReadOnly', type: 'bool', get: (s: FileInfo) => s.attributes.includes('ReadOnly'), set: (s: FileInfo, v) => void (s.isReadOnly = toBool(v)) },
    ...trailingMembers(),
  ],
  methods: commonMethods<FileInfo>(),
  construct: constructFrom((full) => new FileInfo(full)),
  toString: (s: FileInfo) => s.fullName,
});

registerType({
  fullName: 'System.IO.DirectoryInfo',
  baseTypes: ['System.IO.FileSystemInfo', 'System.MarshalByRefObject'],
  jsClass: DirectoryInfo,
  properties: [
    ...leadingMembers(false),
    { name: 'Name', type: 'string', get: (s: DirectoryInfo) => s.name },
    { name: 'Parent', get: (s: DirectoryInfo) => parentDirectory(s.fullName) },
    { name: 'Root', get: () => new DirectoryInfo('/') },
    ...trailingMembers(),
  ],
  methods: [
    ...commonMethods<DirectoryInfo>(),
    { name: 'GetFiles', overloads: ['System.IO.FileInfo[] GetFiles()', 'System.IO.FileInfo[] GetFiles(string searchPattern)'], invoke: (s, a) => s.entries(a[0], 'file') },
    { name: 'GetDirectories', overloads: ['System.IO.DirectoryInfo[] GetDirectories()', 'System.IO.DirectoryInfo[] GetDirectories(string searchPattern)'], invoke: (s, a) => s.entries(a[0], 'directory') },
    { name: 'GetFileSystemInfos', overloads: ['System.IO.FileSystemInfo[] GetFileSystemInfos()', 'System.IO.FileSystemInfo[] GetFileSystemInfos(string searchPattern)'], invoke: (s, a) => s.entries(a[0], 'any') },
  ],
  construct: constructFrom((full) => new DirectoryInfo(full)),
  toString: (s: DirectoryInfo) => s.fullName,
});
