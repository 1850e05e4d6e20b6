// Stop-EntraSandbox: stops the sandbox this process started (its tenant stays on disk).
import type { CommandDefinition } from '../../src/runtime/command-types';
import { identityOf, withIdentityErrors } from '../Microsoft.Graph.Authentication/shared/identity-service';

const StopEntraSandbox: CommandDefinition = {
  name: 'Stop-EntraSandbox',
  module: 'Microsoft.Entra',
  supportsCommonParameters: true,
  parameters: [],
  process(ctx) {
    withIdentityErrors(ctx, () => identityOf(ctx).stopSandbox(), { escapes: true });
  },
};

export default StopEntraSandbox;
