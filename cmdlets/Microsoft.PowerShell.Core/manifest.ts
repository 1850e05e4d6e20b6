// Microsoft.PowerShell.Core: the engine's own cmdlets (pipeline iteration and filtering, output, commands).
// Aliases are the ones pwsh 7.6.9 defines on Unix (Get-Alias).

import type { ModuleManifest } from '../../src/runtime/commands/registry';

const manifest: ModuleManifest = {
  name: 'Microsoft.PowerShell.Core',
  commands: [
    { name: 'Export-ModuleMember', load: () => require('./Export-ModuleMember').default },
    { name: 'ForEach-Object', aliases: ['%', 'foreach'], load: () => require('./ForEach-Object').default },
    { name: 'Get-Command', aliases: ['gcm'], load: () => require('./Get-Command').default },
    { name: 'Get-Module', aliases: ['gmo'], load: () => require('./Get-Module').default },
    { name: 'Import-Module', aliases: ['ipmo'], load: () => require('./Import-Module').default },
    { name: 'Invoke-Command', aliases: ['icm'], load: () => require('./Invoke-Command').default },
    { name: 'New-Module', aliases: ['nmo'], load: () => require('./New-Module').default },
    { name: 'Out-Default', load: () => require('./Out-Default').default },
    { name: 'Out-Host', aliases: ['oh'], load: () => require('./Out-Host').default },
    { name: 'Out-Null', load: () => require('./Out-Null').default },
    { name: 'Remove-Module', aliases: ['rmo'], load: () => require('./Remove-Module').default },
    { name: 'Set-StrictMode', load: () => require('./Set-StrictMode').default },
    { name: 'TabExpansion2', load: () => require('./TabExpansion2').default },
    { name: 'Where-Object', aliases: ['?', 'where'], load: () => require('./Where-Object').default },
  ],
};

export default manifest;
