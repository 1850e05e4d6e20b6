// What Out-File does, shared with Tee-Object -FilePath (which runs pwsh's out-file inside): resolve the one file the
// path names, open it (append or truncate, -NoClobber), and write the input formatted as Out-String would, in the
// requested encoding. Errors are Out-File's, named after the command that shows them ('Out-File' or 'out-file').

import * as fs from 'fs';
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

export interface FileOutputRequest {
  path: string;
  literal: boolean;
  append: boolean;
  encoding: TextEncoding;
  width?: number;
  noNewline: boolean;
  noClobber: boolean;
  /** The command name error records carry: 'Out-File', or 'out-file' under Tee-Object. */
  commandName: string;
}

const OUT_FILE_TYPE = 'Microsoft.PowerShell.Commands.OutFileCommand';

/** An open output file: write() formats and writes each input object, close() flushes the formatter and closes the
 * file, release() closes it if the pipeline ended before close(). */
export interface FileOutput {
  write(value: unknown): void;
  close(): void;
  release(): void;
}

function outFileError(ctx: CommandContext<any>, request: FileOutputRequest, errorId: string, message: string, category: ErrorCategory,
  exceptionType: string, target: unknown = null, details?: string): PSError {
  const record: ErrorRecord = errorRecord(errorId, message, category, exceptionType, target);
  if (details !== undefined) record.errorDetailsMessage = details;
  record.fullyQualifiedErrorId = `${errorId},${OUT_FILE_TYPE}`;
  record.categoryInfo.activity = request.commandName;
  record.invocationInfo = { ...ctx.invocation, commandName: request.commandName };
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
function resolveFile(ctx: CommandContext<any>, request: FileOutputRequest): string {
  const state = providerState(ctx);
  const wildcard = !request.literal && hasWildcard(request.path);
  const literalPath = request.literal ? request.path : unescapeWildcard(request.path);
  const resolved = wildcard ? state.resolveWildcard(request.path) : [state.resolveLiteral(literalPath)];
  if (resolved.length === 0) {
    throw outFileError(ctx, request, 'FileOpenFailure', UtilityMsg.FileNotFound, 'OpenError', 'System.IO.FileNotFoundException', request.path,
      fmt(UtilityMsg.WildcardResolvedToNoFile, request.path));
  }
  if (resolved.length > 1) {
    throw outFileError(ctx, request, 'ReadWriteMultipleFilesNotSupported', UtilityMsg.MultipleFilesNotSupported, 'InvalidArgument',
      'System.Management.Automation.PSInvalidOperationException', null, UtilityMsg.MultipleFilesDetails);
  }
  const provider = resolved[0].providerInfo;
  if (provider.name !== 'FileSystem') {
    throw outFileError(ctx, request, 'ReadWriteFileNotFileSystemProvider', UtilityMsg.NotFileSystemProvider, 'InvalidArgument',
      'System.Management.Automation.PSInvalidOperationException', null, fmt(UtilityMsg.NotFileSystemProviderDetails, provider.toString()));
  }
  return resolved[0].providerPath;
}

function openFailure(ctx: CommandContext<any>, request: FileOutputRequest, file: string, e: unknown): PSError {
  const code = (e as { code?: string }).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return outFileError(ctx, request, 'FileOpenFailure', fmt(UtilityMsg.PartOfPathNotFound, file), 'OpenError', 'System.IO.DirectoryNotFoundException');
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EISDIR') {
    return outFileError(ctx, request, 'FileOpenFailure', fmt(UtilityMsg.AccessDenied, file), 'OpenError', 'System.UnauthorizedAccessException');
  }
  return outFileError(ctx, request, 'FileOpenFailure', (e as Error).message, 'OpenError', 'System.IO.IOException');
}

/** Opens the file and returns the writer; throws Out-File's errors. */
export function openFileOutput(ctx: CommandContext<any>, request: FileOutputRequest): FileOutput {
  const { encoding } = request;
  const file = resolveFile(ctx, request);
  if (request.noClobber && !request.append && fs.existsSync(file)) {
    throw outFileError(ctx, request, 'NoClobber', fmt(UtilityMsg.FileExists, file), 'ResourceExists', 'System.IO.IOException', file);
  }
  let fd: number;
  try {
    fd = fs.openSync(file, request.append ? 'a' : 'w');
  } catch (e) {
    throw openFailure(ctx, request, file, e);
  }
  // Like .NET's StreamWriter: the byte-order mark goes only at the start of an empty file.
  if (fs.fstatSync(fd).size === 0) fs.writeSync(fd, encoding.preamble);
  const ending = request.noNewline ? '' : '\n';
  const formatter = stringPipelineFor(ctx.session, request.width, (line) => fs.writeSync(fd, encoding.encode(line + ending)));
  let open = true;
  const release = () => {
    if (open) fs.closeSync(fd);
    open = false;
  };
  return {
    write: (value) => formatter.process(value),
    close: () => {
      try {
        formatter.end();
      } finally {
        release();
      }
    },
    release,
  };
}
