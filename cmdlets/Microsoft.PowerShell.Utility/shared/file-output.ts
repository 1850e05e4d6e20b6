// What Out-File does, shared with Tee-Object -FilePath (which runs pwsh's out-file inside) and the CSV file cmdlets:
// resolve the one file the path names (pwsh's PathUtils), open it (append or truncate, -NoClobber), and write the
// input formatted as Out-String would, in the requested encoding. Errors carry the command that shows them
// ('Out-File', or 'out-file' under Tee-Object) and its implementing type.

import * as fs from 'fs';
import * as path from 'path';
import type { CommandContext } from '../../../src/runtime/command-types';
import { ErrorRecord, PSError } from '../../../src/runtime/values';
import type { ErrorCategory } from '../../../src/runtime/values';
import { errorRecord } from '../../../src/runtime/error-factory';
import { fmt } from '../../../src/runtime/messages';
import { stringPipelineFor } from '../../../src/format';
import { providerState } from '../../../src/providers/cmdlet-support';
import { hasWildcard, unescapeWildcard } from '../../../src/providers/core/wildcard';
import { DEFAULT_ENCODING, TextEncoding } from '../../../src/providers/filesystem/text-encoding';
import { UtilityMsg } from '../messages';

/** The file a command names, and who reports errors about it. */
export interface FileTarget {
  path: string;
  literal: boolean;
  /** The command name error records carry: 'Out-File', or 'out-file' under Tee-Object. */
  commandName: string;
  /** The FullyQualifiedErrorId's type; Out-File's when absent. */
  implementingType?: string;
}

export interface TextFileRequest extends FileTarget {
  append: boolean;
  encoding: TextEncoding;
  noClobber: boolean;
}

export interface FileOutputRequest extends TextFileRequest {
  width?: number;
  noNewline: boolean;
}

const OUT_FILE_TYPE = 'Microsoft.PowerShell.Commands.OutFileCommand';

/** An open output file: write() formats and writes each input object, close() flushes the formatter. */
export interface FileOutput {
  write(value: unknown): void;
  close(): void;
}

/** An open text file: write() encodes text as it is. */
export interface TextFile {
  readonly path: string;
  write(text: string): void;
  close(): void;
}

function fileError(ctx: CommandContext<any>, target: FileTarget, errorId: string, message: string, category: ErrorCategory,
  exceptionType: string, targetObject: unknown = null, details?: string): PSError {
  const record: ErrorRecord = errorRecord(errorId, message, category, exceptionType, targetObject);
  if (details !== undefined) record.errorDetailsMessage = details;
  record.fullyQualifiedErrorId = `${errorId},${target.implementingType ?? OUT_FILE_TYPE}`;
  record.categoryInfo.activity = target.commandName;
  record.invocationInfo = { ...ctx.invocation, commandName: target.commandName };
  return new PSError(record);
}

/** -Encoding as the binder converted it (UTF-8 without BOM when absent), with UTF-7's obsolete warning. */
export function encodingParameter(ctx: CommandContext<any>, value: unknown): TextEncoding {
  if (value === undefined) return DEFAULT_ENCODING;
  const encoding = value as TextEncoding;
  if (encoding.warning) ctx.writeWarning(encoding.warning);
  return encoding;
}

/** The file a path names: a wildcard must match exactly one file, and the path must be in the FileSystem. */
export function resolveFile(ctx: CommandContext<any>, request: FileTarget): string {
  const state = providerState(ctx);
  const wildcard = !request.literal && hasWildcard(request.path);
  const literalPath = request.literal ? request.path : unescapeWildcard(request.path);
  const resolved = wildcard ? state.resolveWildcard(request.path) : [state.resolveLiteral(literalPath)];
  if (resolved.length === 0) {
    throw fileError(ctx, request, 'FileOpenFailure', UtilityMsg.FileNotFound, 'OpenError', 'System.IO.FileNotFoundException', request.path,
      fmt(UtilityMsg.WildcardResolvedToNoFile, request.path));
  }
  if (resolved.length > 1) {
    throw fileError(ctx, request, 'ReadWriteMultipleFilesNotSupported', UtilityMsg.MultipleFilesNotSupported, 'InvalidArgument',
      'System.Management.Automation.PSInvalidOperationException', null, UtilityMsg.MultipleFilesDetails);
  }
  const provider = resolved[0].providerInfo;
  if (provider.name !== 'FileSystem') {
    throw fileError(ctx, request, 'ReadWriteFileNotFileSystemProvider', UtilityMsg.NotFileSystemProvider, 'InvalidArgument',
      'System.Management.Automation.PSInvalidOperationException', null, fmt(UtilityMsg.NotFileSystemProviderDetails, provider.toString()));
  }
  return resolved[0].providerPath;
}

/** pwsh's FileOpenFailure for a file that cannot be opened (a missing file only when reading). */
export function openFailure(ctx: CommandContext<any>, request: FileTarget, file: string, e: unknown): PSError {
  const code = (e as { code?: string }).code;
  if (code === 'ENOENT' && fs.existsSync(path.dirname(file))) {
    return fileError(ctx, request, 'FileOpenFailure', fmt(UtilityMsg.CouldNotFindFile, file), 'OpenError', 'System.IO.FileNotFoundException');
  }
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return fileError(ctx, request, 'FileOpenFailure', fmt(UtilityMsg.PartOfPathNotFound, file), 'OpenError', 'System.IO.DirectoryNotFoundException');
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EISDIR') {
    return fileError(ctx, request, 'FileOpenFailure', fmt(UtilityMsg.AccessDenied, file), 'OpenError', 'System.UnauthorizedAccessException');
  }
  return fileError(ctx, request, 'FileOpenFailure', (e as Error).message, 'OpenError', 'System.IO.IOException');
}

/** Opens the file for writing text (append or truncate, -NoClobber); throws pwsh's errors. */
export function openTextFile(ctx: CommandContext<any>, request: TextFileRequest): TextFile {
  const { encoding } = request;
  const file = resolveFile(ctx, request);
  if (request.noClobber && !request.append && fs.existsSync(file)) {
    throw fileError(ctx, request, 'NoClobber', fmt(UtilityMsg.FileExists, file), 'ResourceExists', 'System.IO.IOException', file);
  }
  let fd: number;
  try {
    fd = fs.openSync(file, request.append ? 'a' : 'w');
  } catch (e) {
    throw openFailure(ctx, { ...request, path: file }, file, e);
  }
  // Like .NET's StreamWriter: the byte-order mark goes only at the start of an empty file.
  if (fs.fstatSync(fd).size === 0) fs.writeSync(fd, encoding.preamble);
  return {
    path: file,
    write: (text) => fs.writeSync(fd, encoding.encode(text)),
    close: () => fs.closeSync(fd),
  };
}

/** Opens the file and returns the writer; throws Out-File's errors. */
export function openFileOutput(ctx: CommandContext<any>, request: FileOutputRequest): FileOutput {
  const file = openTextFile(ctx, request);
  const ending = request.noNewline ? '' : '\n';
  const formatter = stringPipelineFor(ctx.session, request.width, (line) => file.write(line + ending));
  return {
    write: (value) => formatter.process(value),
    close: () => {
      try {
        formatter.end();
      } finally {
        file.close();
      }
    },
  };
}
