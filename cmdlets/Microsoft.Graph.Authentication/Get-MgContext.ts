// Get-MgContext: the session's AuthContext, or nothing when not connected.
import type { CommandDefinition } from '../../src/runtime/command-types';
import { identityOf } from './shared/identity-service';
import { AuthContextObject } from './shared/types';

const GetMgContext: CommandDefinition = {
  name: 'Get-MgContext',
  module: 'Microsoft.Graph.Authentication',
  implementingType: 'Microsoft.Graph.PowerShell.Authentication.Cmdlets.GetMgContext',
  supportsCommonParameters: true,
  outputType: ['Microsoft.Graph.PowerShell.Authentication.AuthContext'],
  parameters: [],
  process(ctx) {
    const context = identityOf(ctx).session.context;
    if (context) ctx.writeObject(new AuthContextObject(context));
  },
};

export default GetMgContext;
