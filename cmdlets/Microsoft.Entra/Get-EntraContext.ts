// Get-EntraContext (alias Get-EntraCurrentSessionInfo): Get-MgContext's AuthContext with the module's name and
// version added as note properties (shown first by Format-List); nothing when not connected.
import type { CommandDefinition } from '../../src/runtime/command-types';
import { PSObject } from '../../src/runtime/values';
import { identityOf } from '../Microsoft.Graph.Authentication/shared/identity-service';
import { AuthContextObject } from '../Microsoft.Graph.Authentication/shared/types';
import { ENTRA_MODULE_NAME, ENTRA_MODULE_VERSION } from './module-info';

const GetEntraContext: CommandDefinition = {
  name: 'Get-EntraContext',
  module: ENTRA_MODULE_NAME,
  defaultParameterSet: '',
  supportsCommonParameters: true,
  parameters: [],
  process(ctx) {
    const context = identityOf(ctx).session.context;
    if (!context) return;
    const response = new PSObject(new AuthContextObject(context));
    response.setNote('EntraPSModuleName', ENTRA_MODULE_NAME);
    response.setNote('EntraPSVersion', ENTRA_MODULE_VERSION);
    ctx.writeObject(response);
  },
};

export default GetEntraContext;
