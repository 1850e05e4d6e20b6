// Out-String: formats its input as Out-Default would and returns the text, as one string (lines ending in newlines)
// or, with -Stream, one string per line. The width is -Width, else the host's buffer width.

import type { CommandDefinition } from '../../src/runtime/command-types';
import { streamingHandlers, stringPipelineFor } from '../../src/format';

interface Params {
  InputObject?: unknown;
  Stream?: boolean;
  Width?: number;
  NoNewline?: boolean;
}

const OutString: CommandDefinition<Params> = {
  name: 'Out-String',
  module: 'Microsoft.PowerShell.Utility',
  implementingType: 'Microsoft.PowerShell.Commands.OutStringCommand',
  defaultParameterSet: 'NoNewLineFormatting',
  supportsCommonParameters: true,
  outputType: ['System.String'],
  parameters: [
    { name: 'Stream', type: 'System.Management.Automation.SwitchParameter', sets: [{ name: 'StreamFormatting' }] },
    { name: 'NoNewline', type: 'System.Management.Automation.SwitchParameter', sets: [{ name: 'NoNewLineFormatting' }] },
    { name: 'Width', type: 'System.Int32', validation: [{ kind: 'Range', min: 2, max: 2147483647 }] },
    { name: 'InputObject', type: 'System.Management.Automation.PSObject', valueFromPipeline: true },
  ],
  ...streamingHandlers<Params>((ctx) => {
    const { Stream: stream, NoNewline: noNewline, Width: width } = ctx.params;
    const lines: string[] = [];
    const pipeline = stringPipelineFor(ctx.session, width, (line) => (stream ? ctx.writeObject(line) : lines.push(line)));
    return {
      process: (value) => pipeline.process(value),
      end: () => {
        pipeline.end();
        if (!stream) ctx.writeObject(noNewline ? lines.join('') : lines.map((line) => line + '\n').join(''));
      },
    };
  }),
};

export default OutString;
