// Microsoft.Entra 1.3.0: the sign-in commands over Microsoft.Graph.Authentication and their AzureAD-era aliases.

import type { ModuleManifest } from '../../src/runtime/commands/registry';

const manifest: ModuleManifest = {
  name: 'Microsoft.Entra',
  commands: [
    { name: 'Connect-Entra', aliases: ['Connect-AzureAD'], load: () => require('./Connect-Entra').default },
    { name: 'Disconnect-Entra', aliases: ['Disconnect-AzureAD'], load: () => require('./Disconnect-Entra').default },
    { name: 'Get-EntraContext', aliases: ['Get-EntraCurrentSessionInfo'], load: () => require('./Get-EntraContext').default },
    { name: 'Get-EntraEnvironment', load: () => require('./Get-EntraEnvironment').default },
    { name: 'Get-EntraApplication', load: () => require('./Get-EntraApplication').default },
    { name: 'Get-EntraGroup', load: () => require('./Get-EntraGroup').default },
    { name: 'Get-EntraGroupMember', load: () => require('./Get-EntraGroupMember').default },
    { name: 'Get-EntraServicePrincipal', load: () => require('./Get-EntraServicePrincipal').default },
    { name: 'Get-EntraUser', aliases: ['Get-AzureADUser'], load: () => require('./Get-EntraUser').default },
    { name: 'New-EntraServicePrincipalPasswordCredential', load: () => require('./New-EntraServicePrincipalPasswordCredential').default },
    // psnode's own: the sandbox tenant.
    { name: 'Get-EntraSandbox', load: () => require('./Get-EntraSandbox').default },
    { name: 'Initialize-EntraSandbox', load: () => require('./Initialize-EntraSandbox').default },
    { name: 'New-EntraSandboxApplication', load: () => require('./New-EntraSandboxApplication').default },
    { name: 'Reset-EntraSandbox', load: () => require('./Reset-EntraSandbox').default },
    { name: 'Start-EntraSandbox', load: () => require('./Start-EntraSandbox').default },
    { name: 'Stop-EntraSandbox', load: () => require('./Stop-EntraSandbox').default },
  ],
};

export default manifest;
