// ConvertFrom-Csv: CSV text (one string or many, the first naming the columns unless -Header does) into objects
// whose note properties are the columns, in order.

import type { CommandDefinition } from '../../src/runtime/command-types';
import { toDisplayString } from '../../src/runtime/values';
import { CsvReader, csvDelimiter, writeCsvRecords } from './shared/csv';

interface Params {
  InputObject: unknown[];
  Delimiter?: unknown;
  UseCulture?: unknown;
  Header?: string[];
}

interface State {
  header?: string[];
  typeName?: string;
  warning: { given: boolean };
}

const states = new WeakMap<object, State>();
const NOT_EMPTY = [{ kind: 'NotNull' as const }, { kind: 'NotNullOrEmpty' as const }];

const ConvertFromCsv: CommandDefinition<Params> = {
  name: 'ConvertFrom-Csv',
  module: 'Microsoft.PowerShell.Utility',
  implementingType: 'Microsoft.PowerShell.Commands.ConvertFromCsvCommand',
  defaultParameterSet: 'Delimiter',
  supportsCommonParameters: true,
  parameters: [
    { name: 'Delimiter', type: 'System.Char', sets: [{ name: 'Delimiter', position: 1 }], validation: NOT_EMPTY },
    { name: 'UseCulture', type: 'System.Management.Automation.SwitchParameter', sets: [{ name: 'UseCulture', mandatory: true }], validation: NOT_EMPTY },
    { name: 'InputObject', type: 'System.Management.Automation.PSObject[]', position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true, validation: NOT_EMPTY },
    { name: 'Header', type: 'System.String[]', validation: NOT_EMPTY },
  ],
  begin(ctx) {
    states.set(ctx, { header: ctx.params.Header, warning: { given: false } });
  },
  process(ctx) {
    const state = states.get(ctx)!;
    for (const input of ctx.params.InputObject ?? []) {
      // Each string is read on its own, with the header and type name the first one gave.
      const reader = new CsvReader(toDisplayString(input), csvDelimiter(ctx), state.header, state.typeName);
      writeCsvRecords(ctx, reader, state.warning);
      state.header ??= reader.header;
      state.typeName ??= reader.typeName;
    }
  },
};

export default ConvertFromCsv;
