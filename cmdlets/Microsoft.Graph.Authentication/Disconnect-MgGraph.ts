// Disconnect-MgGraph: signs out and returns the old AuthContext; with no session, a CloseError.
import type { CommandDefinition } from '../../src/runtime/command-types';
import { identityOf, withIdentityErrors } from './shared/identity-service';
import { AuthContextObject } from './shared/types';

const DisconnectMgGraph: CommandDefinition = {
  name: 'Disconnect-MgGraph',
  module: 'Microsoft.Graph.Authentication',
  implementingType: 'Microsoft.Graph.PowerShell.Authentication.Cmdlets.DisconnectMgGraph',
  supportsCommonParameters: true,
  outputType: ['Microsoft.Graph.PowerShell.Authentication.AuthContext'],
  parameters: [],
  process(ctx) {
    const old = withIdentityErrors(ctx, () => identityOf(ctx).session.disconnect());
    if (old) ctx.writeObject(new AuthContextObject(old));
  },
};

export default DisconnectMgGraph;
