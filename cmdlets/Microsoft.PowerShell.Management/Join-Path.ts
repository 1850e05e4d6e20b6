// Join-Path: joins a parent path and child paths with the separator of the parent's provider; -Resolve resolves
// the result. The parent's drive must exist (DriveNotFound otherwise).

import type { CommandDefinition } from '../../src/runtime/command-types';
import { providerState, perPath, existingItems, callOptions, SWITCH, CREDENTIAL_PARAMETER, Ctx } from '../../src/providers/cmdlet-support';
import { joinText } from '../../src/providers/core/path-text';
import { parsePath } from '../../src/providers/core/path-syntax';

interface Params {
  Path: string[];
  ChildPath: string[];
  AdditionalChildPath?: string[];
  Resolve?: boolean;
}

function separatorFor(ctx: Ctx, path: string): string {
  const state = providerState(ctx);
  const form = parsePath(path);
  // Looking the provider up also raises DriveNotFound for an unknown drive, as pwsh does.
  const info = form.kind === 'relative' || form.kind === 'home' ? state.currentDrive().providerInfo : state.parseLocation(path).providerInfo;
  return info.provider.separator;
}

const JoinPath: CommandDefinition<Params> = {
  name: 'Join-Path',
  module: 'Microsoft.PowerShell.Management',
  implementingType: 'Microsoft.PowerShell.Commands.JoinPathCommand',
  supportsCommonParameters: true,
  outputType: ['System.String'],
  parameters: [
    { name: 'Path', type: 'System.String[]', aliases: ['PSPath'], position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true },
    { name: 'ChildPath', type: 'System.String[]', position: 1, mandatory: true, valueFromPipelineByPropertyName: true, allowEmptyString: true, allowNull: true },
    { name: 'AdditionalChildPath', type: 'System.String[]', position: 2, valueFromPipelineByPropertyName: true, valueFromRemainingArguments: true },
    { name: 'Resolve', type: SWITCH },
    CREDENTIAL_PARAMETER,
  ],
  process(ctx) {
    const state = providerState(ctx);
    for (const path of ctx.params.Path) {
      for (const child of ctx.params.ChildPath ?? ['']) {
        perPath(ctx, () => {
          const sep = separatorFor(ctx, path);
          const joined = [child ?? '', ...(ctx.params.AdditionalChildPath ?? [])].reduce((acc, c) => joinText(acc, c, sep), path);
          if (!ctx.params.Resolve) {
            ctx.writeObject(joined);
            return;
          }
          const provider = state.parseLocation(joined).providerInfo.provider;
          for (const item of existingItems(state, joined, false, callOptions(ctx, 'Join-Path', provider))) ctx.writeObject(item.psPath);
        });
      }
    }
  },
};

export default JoinPath;
