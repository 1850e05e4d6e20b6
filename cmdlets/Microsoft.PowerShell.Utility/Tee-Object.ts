// Tee-Object: passes its input down the pipeline and also keeps it: in a variable (-Variable), or in a file
// (-FilePath/-LiteralPath, -Append, -Encoding) written as Out-File writes it; like pwsh's inner out-file, the file is
// opened when the first object arrives.

import type { CommandContext, CommandDefinition } from '../../src/runtime/command-types';
import { switchOn } from '../../src/providers/cmdlet-support';
import { encodingParameter, openFileOutput, FileOutput } from './shared/file-output';
import { encodingTransformation } from '../../src/providers/filesystem/text-encoding';
import type { TextEncoding } from '../../src/providers/filesystem/text-encoding';

interface Params {
  InputObject?: unknown;
  FilePath?: string;
  LiteralPath?: string;
  Append?: unknown;
  Encoding?: unknown;
  Variable?: string;
}

const collected = new WeakMap<object, unknown[]>();
const files = new WeakMap<object, FileOutput>();
const encodings = new WeakMap<object, TextEncoding>();

function fileOf(ctx: CommandContext<Params>): FileOutput {
  let file = files.get(ctx);
  if (!file) {
    const p = ctx.params;
    file = openFileOutput(ctx, {
      path: p.LiteralPath ?? p.FilePath ?? '', literal: p.LiteralPath !== undefined, append: switchOn(p.Append), encoding: encodings.get(ctx)!,
      noNewline: false, noClobber: false, commandName: 'out-file',
    });
    files.set(ctx, file);
  }
  return file;
}

const TeeObject: CommandDefinition<Params> = {
  name: 'Tee-Object',
  module: 'Microsoft.PowerShell.Utility',
  implementingType: 'Microsoft.PowerShell.Commands.TeeObjectCommand',
  defaultParameterSet: 'File',
  supportsCommonParameters: true,
  parameters: [
    { name: 'InputObject', type: 'System.Management.Automation.PSObject', valueFromPipeline: true },
    { name: 'FilePath', type: 'System.String', aliases: ['Path'], sets: [{ name: 'File', position: 0, mandatory: true }] },
    { name: 'LiteralPath', type: 'System.String', aliases: ['PSPath', 'LP'], sets: [{ name: 'LiteralFile', mandatory: true }] },
    { name: 'Append', type: 'System.Management.Automation.SwitchParameter', sets: [{ name: 'File' }] },
    // A name, a code page or an Encoding, resolved by file-output.ts (pwsh's ArgumentToEncodingTransformation).
    { name: 'Encoding', type: 'System.Object', sets: [{ name: 'File' }, { name: 'LiteralFile' }], validation: [{ kind: 'NotNullOrEmpty' }], transformArgument: encodingTransformation },
    { name: 'Variable', type: 'System.String', sets: [{ name: 'Variable', mandatory: true }] },
  ],
  begin(ctx) {
    if (ctx.parameterSetName !== 'Variable') encodings.set(ctx, encodingParameter(ctx, ctx.params.Encoding));
  },
  process(ctx) {
    if (!ctx.boundParameterNames.has('InputObject')) return;
    const value = ctx.params.InputObject;
    if (ctx.parameterSetName === 'Variable') {
      let list = collected.get(ctx);
      if (!list) collected.set(ctx, (list = []));
      list.push(value);
    } else {
      fileOf(ctx).write(value);
    }
    ctx.writeObject(value, false);
  },
  end(ctx) {
    if (ctx.parameterSetName === 'Variable') {
      const items = collected.get(ctx) ?? [];
      ctx.session.setVariable(ctx.params.Variable!, items.length === 1 ? items[0] : items);
    } else {
      files.get(ctx)?.close();
    }
  },
};

export default TeeObject;
