// ConvertTo-Csv: each input object as a CSV row (after the header row, and the `#TYPE` line with
// -IncludeTypeInformation), its columns fixed by the first object.

import type { CommandDefinition } from '../../src/runtime/command-types';
import { CSV_WRITING_PARAMETERS, CsvWriter, CsvWritingParams } from './shared/csv';

interface Params extends CsvWritingParams {
  InputObject?: unknown;
}

const writers = new WeakMap<object, CsvWriter>();

const ConvertToCsv: CommandDefinition<Params> = {
  name: 'ConvertTo-Csv',
  module: 'Microsoft.PowerShell.Utility',
  implementingType: 'Microsoft.PowerShell.Commands.ConvertToCsvCommand',
  defaultParameterSet: 'Delimiter',
  supportsCommonParameters: true,
  outputType: ['System.String'],
  parameters: [
    { name: 'InputObject', type: 'System.Management.Automation.PSObject', position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true },
    ...CSV_WRITING_PARAMETERS,
  ],
  begin(ctx) {
    writers.set(ctx, new CsvWriter(ctx));
  },
  process(ctx) {
    const value = ctx.params.InputObject;
    if (value === null || value === undefined) return;
    // pwsh leaves out an empty line (an object with no properties).
    writers.get(ctx)!.write(value, (line) => line !== '' && ctx.writeObject(line));
  },
};

export default ConvertToCsv;
