// Export-Csv: input objects as CSV rows in a file (ConvertTo-Csv's rows); -Append adds rows under the file's own
// header (columns the object lacks need -Force), -NoClobber refuses an existing file. The file is opened before
// any input arrives, as pwsh opens it.

import * as fs from 'fs';
import type { CommandContext, CommandDefinition } from '../../src/runtime/command-types';
import { errorRecord } from '../../src/runtime/error-factory';
import { fmt } from '../../src/runtime/messages';
import { SWITCH, switchOn } from '../../src/providers/cmdlet-support';
import { encodingTransformation, encodingFromBom, decodeText } from '../../src/providers/filesystem/text-encoding';
import type { TextEncoding } from '../../src/providers/filesystem/text-encoding';
import { encodingParameter, openTextFile, resolveFile, FileTarget, TextFile } from './shared/file-output';
import { CSV_WRITING_PARAMETERS, CsvReader, CsvWriter, CsvWritingParams, csvColumnsOf, csvDelimiter, requireOnePath } from './shared/csv';
import { UtilityMsg } from './messages';

interface Params extends CsvWritingParams {
  InputObject?: unknown;
  Path?: string;
  LiteralPath?: string;
  Force?: unknown;
  NoClobber?: unknown;
  Encoding?: unknown;
  Append?: unknown;
}

interface Export {
  file: TextFile;
  writer: CsvWriter;
  /** The header of the file being appended to, when it has one. */
  existingColumns?: string[];
}

const IMPLEMENTING_TYPE = 'Microsoft.PowerShell.Commands.ExportCsvCommand';
const exports = new WeakMap<object, Export>();

/** The header of a non-empty file being appended to, and the encoding its byte-order mark announces. */
function existingHeader(ctx: CommandContext<Params>, file: string, requested: TextEncoding): { columns?: string[]; encoding: TextEncoding } {
  if (!fs.existsSync(file)) return { encoding: requested };
  const bytes = fs.readFileSync(file);
  const text = decodeText(bytes, requested);
  const encoding = encodingFromBom(bytes)?.encoding ?? requested;
  if (text.length === 0) return { encoding };
  const reader = new CsvReader(text, csvDelimiter(ctx), undefined, undefined);
  reader.readHeader();
  return { columns: reader.header, encoding };
}

/** The columns rows are written in when appending: the file's, each of which the object must have unless -Force. */
function reconcile(ctx: CommandContext<Params>, existing: string[], own: string[], path: string): string[] {
  const have = new Set(own.map((c) => c.toLowerCase()));
  const lacking = existing.find((c) => !have.has(c.toLowerCase()));
  if (lacking !== undefined && !switchOn(ctx.params.Force)) {
    ctx.throwTerminatingError(errorRecord('CannotAppendCsvWithMismatchedPropertyNames', fmt(UtilityMsg.CsvAppendMismatch, lacking, path),
      'InvalidData', 'System.InvalidOperationException', lacking));
  }
  return existing;
}

const ExportCsv: CommandDefinition<Params> = {
  name: 'Export-Csv',
  module: 'Microsoft.PowerShell.Utility',
  implementingType: IMPLEMENTING_TYPE,
  defaultParameterSet: 'Delimiter',
  supportsCommonParameters: true,
  supportsShouldProcess: true,
  parameters: [
    { name: 'InputObject', type: 'System.Management.Automation.PSObject', mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true },
    { name: 'Path', type: 'System.String', position: 0, validation: [{ kind: 'NotNullOrEmpty' }] },
    { name: 'LiteralPath', type: 'System.String', aliases: ['PSPath', 'LP'], validation: [{ kind: 'NotNullOrEmpty' }] },
    { name: 'Force', type: SWITCH },
    { name: 'NoClobber', type: SWITCH, aliases: ['NoOverwrite'] },
    // A name, a code page or an Encoding, resolved as Out-File resolves it (pwsh's ArgumentToEncodingTransformation).
    { name: 'Encoding', type: 'System.Object', validation: [{ kind: 'NotNullOrEmpty' }], transformArgument: encodingTransformation },
    { name: 'Append', type: SWITCH },
    ...CSV_WRITING_PARAMETERS,
  ],
  begin(ctx) {
    const writer = new CsvWriter(ctx);
    const p = ctx.params;
    requireOnePath(ctx);
    const path = (p.LiteralPath ?? p.Path)!;
    if (!ctx.shouldProcess(path)) return;
    const target: FileTarget = { path, literal: p.LiteralPath !== undefined, commandName: 'Export-Csv', implementingType: IMPLEMENTING_TYPE };
    let encoding = encodingParameter(ctx, p.Encoding);
    let existingColumns: string[] | undefined;
    const append = switchOn(p.Append);
    if (append) ({ columns: existingColumns, encoding } = existingHeader(ctx, resolveFile(ctx, target), encoding));
    const file = openTextFile(ctx, { ...target, append, encoding, noClobber: switchOn(p.NoClobber) });
    exports.set(ctx, { file, writer, existingColumns });
  },
  process(ctx) {
    const state = exports.get(ctx);
    const value = ctx.params.InputObject;
    if (!state || value === null || value === undefined) return;
    let columns: string[] | undefined;
    if (!state.writer.propertyNames && state.existingColumns) {
      try {
        columns = reconcile(ctx, state.existingColumns, csvColumnsOf(value), (ctx.params.LiteralPath ?? ctx.params.Path)!);
      } catch (e) {
        state.file.close();
        exports.delete(ctx);
        throw e;
      }
    }
    state.writer.write(value, (line) => state.file.write(line + '\n'), !state.existingColumns, columns);
  },
  end(ctx) {
    exports.get(ctx)?.file.close();
  },
};

export default ExportCsv;
