// Microsoft.Graph.Authentication 2.25.0: sign-in, the session's context, national clouds and Graph requests.

import type { ModuleManifest } from '../../src/runtime/commands/registry';

const manifest: ModuleManifest = {
  name: 'Microsoft.Graph.Authentication',
  commands: [
    { name: 'Add-MgEnvironment', load: () => require('./Add-MgEnvironment').default },
    { name: 'Connect-MgGraph', aliases: ['Connect-Graph'], load: () => require('./Connect-MgGraph').default },
    { name: 'Disconnect-MgGraph', aliases: ['Disconnect-Graph'], load: () => require('./Disconnect-MgGraph').default },
    { name: 'Get-MgContext', load: () => require('./Get-MgContext').default },
    { name: 'Get-MgEnvironment', load: () => require('./Get-MgEnvironment').default },
    { name: 'Invoke-MgGraphRequest', aliases: ['Invoke-GraphRequest'], load: () => require('./Invoke-MgGraphRequest').default },
    { name: 'Remove-MgEnvironment', load: () => require('./Remove-MgEnvironment').default },
  ],
};

export default manifest;
