// Unblock-File: on Linux pwsh resolves the paths (reporting missing ones) and then says the cmdlet does not support
// Linux; there is no zone identifier to remove.

import type { CommandDefinition } from '../../src/runtime/command-types';
import { providerState, perPath, existingItems, givenPaths, callOptions } from '../../src/providers/cmdlet-support';
import { PSError } from '../../src/runtime/values/errors';
import { errorRecord } from '../../src/runtime/error-factory';
import { UtilityMsg } from './messages';

interface Params {
  Path?: string[];
  LiteralPath?: string[];
}

const UnblockFile: CommandDefinition<Params> = {
  name: 'Unblock-File',
  module: 'Microsoft.PowerShell.Utility',
  implementingType: 'Microsoft.PowerShell.Commands.UnblockFileCommand',
  defaultParameterSet: 'ByPath',
  supportsCommonParameters: true,
  supportsShouldProcess: true,
  parameters: [
    { name: 'Path', type: 'System.String[]', sets: [{ name: 'ByPath', position: 0, mandatory: true }] },
    { name: 'LiteralPath', type: 'System.String[]', aliases: ['PSPath', 'LP'], sets: [{ name: 'ByLiteralPath', mandatory: true, valueFromPipelineByPropertyName: true }] },
  ],
  process(ctx) {
    const state = providerState(ctx);
    const { paths, literal } = givenPaths(ctx);
    for (const path of paths) {
      perPath(ctx, () => {
        const provider = state.parseLocation(path).providerInfo.provider;
        try {
          existingItems(state, path, literal, callOptions(ctx, 'Unblock-File', provider));
        } catch (e) {
          if (!(e instanceof PSError) || e.record.errorId !== 'PathNotFound') throw e;
          throw new PSError(errorRecord('FileNotFound', e.record.exception.message, 'ObjectNotFound',
            'System.Management.Automation.ItemNotFoundException', path));
        }
      });
    }
    ctx.throwTerminatingError(errorRecord('LinuxNotSupported', UtilityMsg.UnblockFileLinux, 'NotImplemented',
      'System.PlatformNotSupportedException', null));
  },
};

export default UnblockFile;
