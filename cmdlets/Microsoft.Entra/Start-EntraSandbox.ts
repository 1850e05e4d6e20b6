// Start-EntraSandbox: starts the sandbox tenant in this process (its own worker thread) and shows its endpoints.
import type { CommandDefinition } from '../../src/runtime/command-types';
import { identityOf, withIdentityErrors } from '../Microsoft.Graph.Authentication/shared/identity-service';
import { sandboxInfo } from './shared/sandbox-info';

const StartEntraSandbox: CommandDefinition = {
  name: 'Start-EntraSandbox',
  module: 'Microsoft.Entra',
  supportsCommonParameters: true,
  parameters: [],
  process(ctx) {
    const running = withIdentityErrors(ctx, () => identityOf(ctx).sandbox(), { escapes: true });
    if (running) ctx.writeObject(sandboxInfo(running));
  },
};

export default StartEntraSandbox;
