// Reset-EntraSandbox: re-seeds the demo tenant ($PSNODE_HOME/sandbox); a running sandbox sees it at once.
import type { CommandDefinition } from '../../src/runtime/command-types';
import { resetSandbox } from '../../src/sandbox/index';

const ResetEntraSandbox: CommandDefinition = {
  name: 'Reset-EntraSandbox',
  module: 'Microsoft.Entra',
  supportsCommonParameters: true,
  supportsShouldProcess: true,
  parameters: [],
  process(ctx) {
    if (ctx.shouldProcess('psnode sandbox', 'Reset')) resetSandbox();
  },
};

export default ResetEntraSandbox;
