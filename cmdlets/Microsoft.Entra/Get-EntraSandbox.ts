// Get-EntraSandbox: the demo tenant's values and, when it runs in this process, the sandbox's endpoints.
import type { CommandDefinition } from '../../src/runtime/command-types';
import { identityOf } from '../Microsoft.Graph.Authentication/shared/identity-service';
import { sandboxInfo } from './shared/sandbox-info';

const GetEntraSandbox: CommandDefinition = {
  name: 'Get-EntraSandbox',
  module: 'Microsoft.Entra',
  supportsCommonParameters: true,
  parameters: [],
  process(ctx) {
    ctx.writeObject(sandboxInfo(identityOf(ctx).runningSandbox()));
  },
};

export default GetEntraSandbox;
