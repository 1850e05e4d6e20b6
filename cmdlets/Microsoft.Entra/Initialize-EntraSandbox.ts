// Initialize-EntraSandbox: puts the demo certificate into Cert:\CurrentUser\My and starts the sandbox, so the
// seed page's scripts can run.
import type { CommandDefinition } from '../../src/runtime/command-types';
import { ensureDemoCertificate } from '../../src/identity';
import { identityOf, withIdentityErrors } from '../Microsoft.Graph.Authentication/shared/identity-service';
import { sandboxInfo } from './shared/sandbox-info';

const InitializeEntraSandbox: CommandDefinition = {
  name: 'Initialize-EntraSandbox',
  module: 'Microsoft.Entra',
  supportsCommonParameters: true,
  parameters: [],
  process(ctx) {
    ensureDemoCertificate();
    const running = withIdentityErrors(ctx, () => identityOf(ctx).sandbox(), { escapes: true });
    if (running) ctx.writeObject(sandboxInfo(running));
  },
};

export default InitializeEntraSandbox;
