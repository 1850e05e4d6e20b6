// The FileSystem provider over Node's synchronous fs API: items are FileInfo/DirectoryInfo, paths are absolute Unix
// paths, names compare case-sensitively on Linux. Its dynamic parameters (dynamic-parameters.ts) filter children,
// shape content (file-content.ts, text-encoding.ts) and let Test-Path look at write times.

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type {
  Provider, ProviderCallOptions, ProviderChild, NewItemRequest, ProviderCapability,
} from '../../runtime/providers-api';
import type { ParameterDefinition } from '../../runtime/command-types';
import { fileSystemInfoFor, FileSystemInfo, DirectoryInfo, localDateTime } from './file-system-info';
import type { DateTime } from '../../runtime/values';
import { providerError } from '../core/provider-errors';
import { ProviderMsg, fmt } from '../core/messages';
import { FileSystemMsg } from './messages';
import type { AttributesExpression } from './attributes-expression';
import { fileSystemDynamicParameters, transformFileSystemParameters } from './dynamic-parameters';
import type { ContentParameters } from './file-content';
import { DEFAULT_ENCODING, decodeText } from './text-encoding';
import { openFileContentReader } from './content-reader';
import { FileContentWriter, openFileContentWriter } from './content-writer';
import type { ContentReader, ContentReaderRequest, ContentWriter } from '../core/content-io';

/** pwsh's ShouldProcess question for a file-system change (no callback means go ahead). */
function approve(opts: ProviderCallOptions, target: string, action: string): boolean {
  return opts.shouldProcess ? opts.shouldProcess(target, action) : true;
}

const collator = new Intl.Collator('en');

/** -Encoding means nothing to bytes: pwsh says so and goes on. */
function warnEncodingUnused(params: ContentParameters, opts: ProviderCallOptions): void {
  if (params.Encoding !== undefined) opts.writeWarning?.(FileSystemMsg.EncodingNotUsed);
}

type ErrorCode = 'ENOENT' | 'EACCES' | 'EPERM' | 'EEXIST' | 'ENOTDIR' | string;

function codeOf(e: unknown): ErrorCode {
  return (e as { code?: string }).code ?? '';
}

function isHidden(name: string): boolean {
  return name.startsWith('.');
}

function isAccessDenied(e: unknown): boolean {
  return codeOf(e) === 'EACCES' || codeOf(e) === 'EPERM';
}

/** pwsh's record for an access failure: `<id>`, PermissionDenied, about `messagePath`, aimed at `target`. */
function accessDenied(errorId: string, messagePath: string, target: unknown): Error {
  return providerError(errorId, fmt(ProviderMsg.AccessDenied, messagePath), 'PermissionDenied', 'System.UnauthorizedAccessException', target);
}

/** Maps a Node fs error: access denied, a missing parent, or another IOException with Node's text. */
function fsFailure(e: unknown, errorIdPrefix: string, messagePath: string, target: unknown, accessId = `${errorIdPrefix}UnauthorizedAccessError`): Error {
  if (isAccessDenied(e)) return accessDenied(accessId, messagePath, target);
  if (codeOf(e) === 'ENOENT' || codeOf(e) === 'ENOTDIR') {
    return providerError(`${errorIdPrefix}IOError`, fmt(ProviderMsg.PartOfPathNotFound, messagePath), 'WriteError', 'System.IO.DirectoryNotFoundException', messagePath);
  }
  return providerError(`${errorIdPrefix}IOError`, (e as Error).message, 'WriteError', 'System.IO.IOException', target);
}

/** A content write that failed: Set-Content lets the .NET exception stop the command; Add-Content reports it per path. */
function writeFailure(e: unknown, p: string, append: boolean): Error {
  if (!append && isAccessDenied(e)) {
    return providerError('System.UnauthorizedAccessException', fmt(ProviderMsg.AccessDenied, p), 'NotSpecified', 'System.UnauthorizedAccessException', null, true);
  }
  if (codeOf(e) === 'ENOENT' || codeOf(e) === 'ENOTDIR') {
    return providerError('GetContentWriterDirectoryNotFoundError', fmt(ProviderMsg.PartOfPathNotFound, p), 'ObjectNotFound',
      'System.IO.DirectoryNotFoundException', p);
  }
  return fsFailure(e, 'GetContentWriter', p, p);
}

/** A path under a file (ENOTDIR) names no item, like one that does not exist. */
function statIfPresent(stat: () => fs.Stats | undefined): fs.Stats | undefined {
  try {
    return stat();
  } catch (e) {
    if (codeOf(e) === 'ENOTDIR') return undefined;
    throw e;
  }
}

export class FileSystemProvider implements Provider {
  readonly name = 'FileSystem';
  readonly moduleName = 'Microsoft.PowerShell.Core';
  readonly capabilities: readonly ProviderCapability[] = ['Filter', 'ShouldProcess', 'Credentials'];
  readonly caseSensitive = process.platform === 'linux';
  readonly separator = '/' as const;
  readonly isNavigation = true;

  home(): string {
    return process.env.HOME || os.homedir();
  }

  private lstat(p: string): fs.Stats | undefined {
    return statIfPresent(() => fs.lstatSync(p, { throwIfNoEntry: false }));
  }

  /** Test-Path -OlderThan/-NewerThan also ask the item's LastWriteTime (wall-clock times compare, as .NET's do). */
  itemExists(p: string, opts?: ProviderCallOptions): boolean {
    const st = this.lstat(p);
    if (!st) return false;
    const { OlderThan: olderThan, NewerThan: newerThan } = (opts?.dynamicParameters ?? {}) as { OlderThan?: DateTime | null; NewerThan?: DateTime | null };
    const written = localDateTime(st.mtime).wallMs;
    return (!olderThan || written < olderThan.wallMs) && (!newerThan || written > newerThan.wallMs);
  }

  isContainer(p: string): boolean {
    return statIfPresent(() => fs.statSync(p, { throwIfNoEntry: false }))?.isDirectory() ?? false;
  }

  /** Hidden items are found only with -Force (Test-Path and Get-Content see them regardless). */
  getItem(p: string, opts?: ProviderCallOptions): FileSystemInfo | undefined {
    if (!this.itemExists(p)) return undefined;
    if (opts && !opts.force && isHidden(path.basename(p))) {
      throw providerError('ItemNotFound', fmt(FileSystemMsg.ItemNotFound, p), 'ObjectNotFound', 'System.IO.IOException', p);
    }
    return fileSystemInfoFor(p, this.isContainer(p));
  }

  getChildItems(p: string, opts: ProviderCallOptions): ProviderChild[] {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(p, { withFileTypes: true });
    } catch (e) {
      throw fsFailure(e, 'Dir', p, p);
    }
    const dirs: ProviderChild[] = [];
    const files: ProviderChild[] = [];
    const attributes = opts.dynamicParameters.Attributes as AttributesExpression | undefined;
    const showHidden = opts.force || !!opts.dynamicParameters.Hidden || !!attributes?.requires('Hidden');
    for (const entry of entries.sort((a, b) => collator.compare(a.name, b.name))) {
      if (!showHidden && isHidden(entry.name)) continue;
      const full = path.join(p, entry.name);
      // Only a link needs another look to know whether it leads to a directory.
      const isDir = entry.isSymbolicLink() ? this.isContainer(full) : entry.isDirectory();
      (isDir ? dirs : files).push({ name: entry.name, isContainer: isDir, item: fileSystemInfoFor(full, isDir) });
    }
    return [...dirs, ...files];
  }

  newItem(p: string, request: NewItemRequest, opts: ProviderCallOptions): FileSystemInfo | undefined {
    const type = this.itemKind(request.itemType);
    const existing = this.lstat(p);
    const action = type === 'directory' ? FileSystemMsg.CreateDirectoryAction : FileSystemMsg.CreateFileAction;
    if (!approve(opts, fmt(FileSystemMsg.DestinationTarget, p), action)) return undefined;
    if (type === 'directory') {
      if (existing) {
        if (opts.force && existing.isDirectory()) return fileSystemInfoFor(p, true);
        throw providerError('DirectoryExist', fmt(ProviderMsg.DirectoryExists, p), 'ResourceExists', 'System.IO.IOException', p);
      }
      // Missing parent directories are created too, with or without -Force.
      try {
        fs.mkdirSync(p, { recursive: true });
      } catch (e) {
        throw fsFailure(e, 'CreateDirectory', p, p);
      }
      return fileSystemInfoFor(p, true);
    }
    if (existing && !opts.force) {
      throw providerError('NewItemIOError', fmt(ProviderMsg.FileExists, p), 'WriteError', 'System.IO.IOException', p);
    }
    this.ensureParent(p, opts);
    try {
      if (type === 'symboliclink') fs.symlinkSync(String(request.value ?? ''), p);
      else fs.writeFileSync(p, request.value === null || request.value === undefined ? '' : String(request.value));
    } catch (e) {
      throw fsFailure(e, 'NewItem', p, p);
    }
    return fileSystemInfoFor(p, false);
  }

  private itemKind(itemType: string): 'file' | 'directory' | 'symboliclink' {
    const t = itemType.toLowerCase();
    if (t === '') return 'file';
    const kinds = ['file', 'directory', 'symboliclink'] as const;
    const match = kinds.find((k) => k.startsWith(t));
    if (!match) {
      throw providerError('Argument', FileSystemMsg.UnknownType, 'InvalidArgument', 'System.Management.Automation.PSArgumentException', null, true);
    }
    return match;
  }

  /** With -Force, New-Item creates a new file's missing parent directories; without it a missing parent is an error. */
  private ensureParent(p: string, opts: ProviderCallOptions): void {
    const parent = path.dirname(p);
    if (this.isContainer(parent)) return;
    if (!opts.force) {
      throw providerError('NewItemIOError', fmt(ProviderMsg.PartOfPathNotFound, p), 'WriteError', 'System.IO.DirectoryNotFoundException', p);
    }
    fs.mkdirSync(parent, { recursive: true });
  }

  removeItem(p: string, recurse: boolean, opts: ProviderCallOptions): void {
    const item = fileSystemInfoFor(p, this.isContainer(p));
    const guarded = item.attributes.some((a) => a === 'Hidden' || a === 'ReadOnly');
    if (guarded && !opts.force) {
      throw providerError('RemoveFileSystemItemUnAuthorizedAccess', FileSystemMsg.CannotRemoveItem, 'PermissionDenied', 'System.IO.IOException', item);
    }
    const action = item instanceof DirectoryInfo ? FileSystemMsg.RemoveDirectoryAction : FileSystemMsg.RemoveFileAction;
    if (!approve(opts, p, action)) return;
    try {
      if (!this.isContainer(p) || this.lstat(p)?.isSymbolicLink()) fs.unlinkSync(p);
      else if (recurse) fs.rmSync(p, { recursive: true });
      else fs.rmdirSync(p);
    } catch (e) {
      throw fsFailure(e, 'RemoveFileSystemItem', p, item, 'RemoveFileSystemItemUnAuthorizedAccess');
    }
  }

  /** Copy-Item: into an existing directory keeps the name; a directory without -Recurse copies only itself. */
  copyItem(source: string, destination: string, recurse: boolean, opts: ProviderCallOptions): FileSystemInfo | undefined {
    let target = destination;
    if (this.isContainer(destination) && path.resolve(destination) !== path.resolve(source)) target = path.join(destination, path.basename(source));
    if (path.resolve(target) === path.resolve(source)) {
      throw providerError('CopyError', fmt(ProviderMsg.CopyOntoItself, source), 'WriteError', 'System.IO.IOException', source);
    }
    const action = this.isContainer(source) ? FileSystemMsg.CopyDirectoryAction : FileSystemMsg.CopyFileAction;
    if (!approve(opts, fmt(ProviderMsg.ItemDestinationTarget, source, target), action)) return undefined;
    try {
      if (this.isContainer(source)) {
        if (recurse) fs.cpSync(source, target, { recursive: true });
        else if (!this.itemExists(target)) fs.mkdirSync(target);
        return fileSystemInfoFor(target, true);
      }
      fs.copyFileSync(source, target);
    } catch (e) {
      const kind = this.isContainer(source) ? 'CopyDirectoryInfoItem' : 'CopyFileInfoItem';
      throw fsFailure(e, kind, target, fileSystemInfoFor(source, this.isContainer(source)));
    }
    return fileSystemInfoFor(target, false);
  }

  moveItem(source: string, destination: string, opts: ProviderCallOptions): FileSystemInfo | undefined {
    let target = destination;
    if (this.isContainer(destination)) target = path.join(destination, path.basename(source));
    const isDir = this.isContainer(source);
    const action = isDir ? FileSystemMsg.MoveDirectoryAction : FileSystemMsg.MoveFileAction;
    if (!approve(opts, fmt(ProviderMsg.ItemDestinationTarget, source, target), action)) return undefined;
    if (this.itemExists(target) && !(opts.force && !isDir)) {
      const kind = isDir ? 'DirectoryInfo' : 'FileInfo';
      throw providerError(`Move${kind}ItemIOError`, fmt(ProviderMsg.FileExists, target), 'WriteError', 'System.IO.IOException',
        fileSystemInfoFor(source, isDir));
    }
    try {
      fs.renameSync(source, target);
    } catch (e) {
      if (codeOf(e) !== 'EXDEV') throw fsFailure(e, isDir ? 'MoveDirectoryItem' : 'MoveFileInfoItem', source, fileSystemInfoFor(source, isDir));
      fs.cpSync(source, target, { recursive: true });
      fs.rmSync(source, { recursive: true });
    }
    return fileSystemInfoFor(target, isDir);
  }

  renameItem(p: string, newName: string, opts: ProviderCallOptions): FileSystemInfo | undefined {
    const target = path.join(path.dirname(p), newName);
    const isDir = this.isContainer(p);
    const action = isDir ? FileSystemMsg.RenameDirectoryAction : FileSystemMsg.RenameFileAction;
    if (!approve(opts, fmt(ProviderMsg.ItemDestinationTarget, p, target), action)) return undefined;
    if (this.itemExists(target)) {
      throw providerError('RenameItemIOError', fmt(ProviderMsg.FileExists, target), 'WriteError', 'System.IO.IOException', p);
    }
    try {
      fs.renameSync(p, target);
    } catch (e) {
      throw fsFailure(e, 'RenameItem', p, p);
    }
    return fileSystemInfoFor(target, isDir);
  }

  /** Clear-Content: truncates a file to nothing; a directory has no content to clear. */
  clearContent(p: string, opts: ProviderCallOptions): void {
    if (this.isContainer(p)) {
      throw providerError('ClearDirectoryContent', fmt(FileSystemMsg.ClearDirectoryContent, p), 'InvalidOperation', 'System.NotSupportedException', p);
    }
    if (!approve(opts, fmt(ProviderMsg.ItemTarget, p), FileSystemMsg.ClearContentAction)) return;
    try {
      fs.truncateSync(p, 0);
    } catch (e) {
      throw fsFailure(e, 'ClearContent', p, p);
    }
  }

  /** The text of a file (variable notation `${/path/file}`): UTF-8 unless a byte-order mark says otherwise. */
  readContent(p: string): string {
    return decodeText(this.readBytes(p), DEFAULT_ENCODING);
  }

  private readBytes(p: string): Buffer {
    try {
      return fs.readFileSync(p);
    } catch (e) {
      throw fsFailure(e, 'GetContentReader', p, p);
    }
  }

    /** Get-Content's reader: lines, -Delimiter chunks or -AsByteStream bytes, or with -Raw the whole content. */
  openContentReader(p: string, opts: ProviderCallOptions, request: ContentReaderRequest): ContentReader {
    const params = opts.dynamicParameters as ContentParameters;
    if (request.raw && params.Delimiter !== undefined) {
      throw providerError('InvalidOperation', FileSystemMsg.RawAndDelimiter, 'InvalidOperation', 'System.Management.Automation.PSInvalidOperationException', null, true);
    }
    if (params.AsByteStream && params.Delimiter !== undefined) {
      throw providerError('GetContentReaderArgumentError', FileSystemMsg.DelimiterWithBytes, 'InvalidArgument', 'System.ArgumentException', p);
    }
    if (params.AsByteStream) warnEncodingUnused(params, opts);
    let fd: number;
    try {
      fd = fs.openSync(p, 'r');
    } catch (e) {
      throw fsFailure(e, 'GetContentReader', p, p);
    }
    try {
      return openFileContentReader(fd, params, request);
    } catch (e) {
      fs.closeSync(fd);
      throw fsFailure(e, 'GetContentReader', p, p);
    }
  }

  /** Set-/Add-Content's writer: the values as lines of text in the -Encoding, or as bytes with -AsByteStream. */
  openContentWriter(p: string, append: boolean, opts: ProviderCallOptions): ContentWriter {
    const params = opts.dynamicParameters as ContentParameters;
    if (params.AsByteStream) warnEncodingUnused(params, opts);
    let writer: FileContentWriter;
    try {
      writer = openFileContentWriter(p, append, params);
    } catch (e) {
      throw writeFailure(e, p, append);
    }
    return {
      write(values) {
        let allBytes: boolean;
        try {
          allBytes = writer.write(values);
        } catch (e) {
          throw writeFailure(e, p, append);
        }
        if (!allBytes) throw providerError('Argument', FileSystemMsg.ByteEncodingError, 'InvalidArgument', 'System.Management.Automation.PSArgumentException', null);
      },
      close: () => writer.close(),
    };
  }

  dynamicParameters(commandName: string): ParameterDefinition[] | undefined {
    return fileSystemDynamicParameters(commandName);
  }

  transformDynamicParameters(values: Record<string, unknown>, warn: (message: string) => void): Record<string, unknown> {
    return transformFileSystemParameters(values, warn);
  }

  /** -Attributes, -Directory, -File, -Hidden (only hidden ones), -ReadOnly, -System. */
  filterByDynamicParameters(children: ProviderChild[], opts: ProviderCallOptions): ProviderChild[] {
    const d = opts.dynamicParameters;
    const attributes = d.Attributes as AttributesExpression | undefined;
    return children.filter((c) => {
      const info = c.item as FileSystemInfo;
      if (attributes && !attributes.matches(info.attributes)) return false;
      if (d.Directory && !c.isContainer) return false;
      if (d.File && c.isContainer) return false;
      if (d.Hidden && !info.attributes.includes('Hidden')) return false;
      if (d.ReadOnly && !info.attributes.includes('ReadOnly')) return false;
      if (d.System) return false;
      return true;
    });
  }
}
