// Out-File: writes its input to a file formatted as Out-String would (-Width, -NoNewline), in -Encoding (UTF-8
// without BOM by default), replacing the file or with -Append adding to it; -NoClobber refuses an existing file.

import type { CommandDefinition } from '../../src/runtime/command-types';
import { pathParameters, switchOn } from '../../src/providers/cmdlet-support';
import { encodingParameter, openFileOutput, FileOutput } from './shared/file-output';
import { encodingTransformation } from '../../src/providers/filesystem/text-encoding';
import { UtilityMsg } from './messages';

interface Params {
  FilePath?: string;
  LiteralPath?: string;
  Encoding?: unknown;
  Append?: unknown;
  Force?: unknown;
  NoClobber?: unknown;
  Width?: number;
  NoNewline?: unknown;
  InputObject?: unknown;
}

const SWITCH = 'System.Management.Automation.SwitchParameter';
const open = new WeakMap<object, FileOutput | undefined>();

const [, literalPath] = pathParameters({ single: true, literalSet: 'ByLiteralPath' });

const OutFile: CommandDefinition<Params> = {
  name: 'Out-File',
  module: 'Microsoft.PowerShell.Utility',
  implementingType: 'Microsoft.PowerShell.Commands.OutFileCommand',
  defaultParameterSet: 'ByPath',
  supportsCommonParameters: true,
  supportsShouldProcess: true,
  parameters: [
    { name: 'FilePath', type: 'System.String', aliases: ['Path'], sets: [{ name: 'ByPath', position: 0, mandatory: true }] },
    literalPath,
    // A name, a code page or an Encoding, resolved by file-output.ts (pwsh's ArgumentToEncodingTransformation).
    { name: 'Encoding', type: 'System.Object', position: 1, validation: [{ kind: 'NotNullOrEmpty' }], transformArgument: encodingTransformation },
    { name: 'Append', type: SWITCH },
    { name: 'Force', type: SWITCH },
    { name: 'NoClobber', type: SWITCH, aliases: ['NoOverwrite'] },
    { name: 'Width', type: 'System.Int32', validation: [{ kind: 'Range', min: 2, max: 2147483647 }] },
    { name: 'NoNewline', type: SWITCH },
    { name: 'InputObject', type: 'System.Management.Automation.PSObject', valueFromPipeline: true },
  ],
  begin(ctx) {
    const p = ctx.params;
    const encoding = encodingParameter(ctx, p.Encoding);
    const path = p.LiteralPath ?? p.FilePath ?? '';
    if (!ctx.shouldProcess(path, UtilityMsg.OutputToFileAction)) return;
    open.set(ctx, openFileOutput(ctx, {
      path, literal: p.LiteralPath !== undefined, append: switchOn(p.Append), encoding, width: p.Width,
      noNewline: switchOn(p.NoNewline), noClobber: switchOn(p.NoClobber), commandName: 'Out-File',
    }));
  },
  process(ctx) {
    if (ctx.boundParameterNames.has('InputObject')) open.get(ctx)?.write(ctx.params.InputObject);
  },
  end(ctx) {
    open.get(ctx)?.close();
  },
};

export default OutFile;
