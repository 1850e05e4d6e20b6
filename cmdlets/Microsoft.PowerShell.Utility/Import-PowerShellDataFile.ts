// Import-PowerShellDataFile: reads a .psd1 data file (one hashtable literal) into a hashtable.

import * as fs from 'fs';
import type { CommandDefinition } from '../../src/runtime/command-types';
import { fmt } from '../../src/runtime/messages';
import { ProviderMsg } from '../../src/providers/core/messages';
import { readDataFile } from '../../src/runtime/modules/data-file';
import { UtilityMsg } from './messages';

interface Params {
  Path?: string[];
  LiteralPath?: string[];
  SkipLimitCheck?: boolean;
}

const ImportPowerShellDataFile: CommandDefinition<Params> = {
  name: 'Import-PowerShellDataFile',
  module: 'Microsoft.PowerShell.Utility',
  implementingType: 'Microsoft.PowerShell.Commands.ImportPowerShellDataFileCommand',
  supportsCommonParameters: true,
  defaultParameterSet: 'ByPath',
  parameters: [
    { name: 'Path', type: 'System.String[]', sets: [{ name: 'ByPath', position: 0, mandatory: true, valueFromPipelineByPropertyName: true }] },
    { name: 'LiteralPath', type: 'System.String[]', aliases: ['PSPath', 'LP'], sets: [{ name: 'ByLiteralPath', mandatory: true, valueFromPipelineByPropertyName: true }] },
    { name: 'SkipLimitCheck', type: 'System.Management.Automation.SwitchParameter' },
  ],
  process(ctx) {
    const { ctx: exec } = ctx.session.moduleContext();
    for (const path of ctx.params.Path ?? ctx.params.LiteralPath ?? []) {
      const full = exec.engine.resolvePath(path);
      if (!fs.existsSync(full)) {
        ctx.writeError(ctx.newError('PathNotFound', fmt(ProviderMsg.PathNotFound, path), 'ObjectNotFound', path, 'System.Management.Automation.ItemNotFoundException'));
        continue;
      }
      const data = readDataFile(exec, full);
      if (!data) {
        ctx.writeError(ctx.newError('CouldNotParseAsPowerShellDataFileNoHashtableRoot', fmt(UtilityMsg.DataFileNotHashtable, full), 'ParserError', full, 'System.InvalidOperationException'));
        continue;
      }
      ctx.writeObject(data);
    }
  },
};

export default ImportPowerShellDataFile;
