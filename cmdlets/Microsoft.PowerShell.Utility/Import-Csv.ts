// Import-Csv: the rows of CSV files as objects named by each file's header (or -Header), one file after another.

import * as fs from 'fs';
import type { CommandDefinition, ParameterSetMembership } from '../../src/runtime/command-types';
import { encodingTransformation, decodeText } from '../../src/providers/filesystem/text-encoding';
import { encodingParameter, openFailure, resolveFile, FileTarget } from './shared/file-output';
import { CsvReader, csvDelimiter, requireOnePath, writeCsvRecords } from './shared/csv';

interface Params {
  Delimiter?: unknown;
  Path?: string[];
  LiteralPath?: string[];
  UseCulture?: unknown;
  Header?: string[];
  Encoding?: unknown;
}

const IMPLEMENTING_TYPE = 'Microsoft.PowerShell.Commands.ImportCsvCommand';
const warnings = new WeakMap<object, { given: boolean }>();
const byPath = (name: string): ParameterSetMembership => ({ name, position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true });
const byLiteralPath = (name: string): ParameterSetMembership => ({ name, mandatory: true, valueFromPipelineByPropertyName: true });

const ImportCsv: CommandDefinition<Params> = {
  name: 'Import-Csv',
  module: 'Microsoft.PowerShell.Utility',
  implementingType: IMPLEMENTING_TYPE,
  defaultParameterSet: 'DelimiterPath',
  supportsCommonParameters: true,
  parameters: [
    { name: 'Delimiter', type: 'System.Char', sets: [{ name: 'DelimiterPath', position: 1 }, { name: 'DelimiterLiteralPath', position: 1 }], validation: [{ kind: 'NotNull' }] },
    { name: 'Path', type: 'System.String[]', sets: [byPath('DelimiterPath'), byPath('CulturePath')], validation: [{ kind: 'NotNullOrEmpty' }] },
    { name: 'LiteralPath', type: 'System.String[]', aliases: ['PSPath', 'LP'], sets: [byLiteralPath('DelimiterLiteralPath'), byLiteralPath('CultureLiteralPath')], validation: [{ kind: 'NotNullOrEmpty' }] },
    { name: 'UseCulture', type: 'System.Management.Automation.SwitchParameter', sets: [{ name: 'CulturePath', mandatory: true }, { name: 'CultureLiteralPath', mandatory: true }], validation: [{ kind: 'NotNull' }] },
    { name: 'Header', type: 'System.String[]', validation: [{ kind: 'NotNullOrEmpty' }] },
    // A name, a code page or an Encoding, resolved as Out-File resolves it (pwsh's ArgumentToEncodingTransformation).
    { name: 'Encoding', type: 'System.Object', validation: [{ kind: 'NotNullOrEmpty' }], transformArgument: encodingTransformation },
  ],
  begin(ctx) {
    warnings.set(ctx, { given: false });
  },
  process(ctx) {
    const p = ctx.params;
    requireOnePath(ctx);
    const encoding = encodingParameter(ctx, p.Encoding);
    for (const path of p.LiteralPath ?? p.Path ?? []) {
      const target: FileTarget = { path, literal: p.LiteralPath !== undefined, commandName: 'Import-Csv', implementingType: IMPLEMENTING_TYPE };
      const file = resolveFile(ctx, target);
      let bytes: Buffer;
      try {
        bytes = fs.readFileSync(file);
      } catch (e) {
        throw openFailure(ctx, target, file, e);
      }
      writeCsvRecords(ctx, new CsvReader(decodeText(bytes, encoding), csvDelimiter(ctx), p.Header, undefined), warnings.get(ctx)!);
    }
  },
};

export default ImportCsv;
