// Microsoft.PowerShell.Utility: objects, formatting, output streams, conversion and utility cmdlets.
// Aliases are the ones pwsh 7.6.9 defines on Unix (Get-Alias).

import type { ModuleManifest } from '../../src/runtime/commands/registry';

const manifest: ModuleManifest = {
  name: 'Microsoft.PowerShell.Utility',
  commands: [
    { name: 'Add-Member', load: () => require('./Add-Member').default },
    { name: 'Clear-Variable', aliases: ['clv'], load: () => require('./Clear-Variable').default },
    { name: 'ConvertFrom-Json', load: () => require('./ConvertFrom-Json').default },
    { name: 'ConvertTo-Json', load: () => require('./ConvertTo-Json').default },
    { name: 'Format-List', aliases: ['fl'], load: () => require('./Format-List').default },
    { name: 'Format-Table', aliases: ['ft'], load: () => require('./Format-Table').default },
    { name: 'Format-Wide', aliases: ['fw'], load: () => require('./Format-Wide').default },
    { name: 'Get-Alias', aliases: ['gal'], load: () => require('./Get-Alias').default },
    { name: 'Get-Date', load: () => require('./Get-Date').default },
    { name: 'Get-Member', aliases: ['gm'], load: () => require('./Get-Member').default },
    { name: 'Get-Random', load: () => require('./Get-Random').default },
    { name: 'Get-Variable', aliases: ['gv'], load: () => require('./Get-Variable').default },
    { name: 'Group-Object', aliases: ['group'], load: () => require('./Group-Object').default },
    { name: 'Import-PowerShellDataFile', load: () => require('./Import-PowerShellDataFile').default },
    { name: 'Invoke-Expression', aliases: ['iex'], load: () => require('./Invoke-Expression').default },
    { name: 'Measure-Command', load: () => require('./Measure-Command').default },
    { name: 'Measure-Object', aliases: ['measure'], load: () => require('./Measure-Object').default },
    { name: 'New-Alias', aliases: ['nal'], load: () => require('./New-Alias').default },
    { name: 'New-Guid', load: () => require('./New-Guid').default },
    { name: 'New-Object', load: () => require('./New-Object').default },
    { name: 'New-TimeSpan', load: () => require('./New-TimeSpan').default },
    { name: 'New-Variable', aliases: ['nv'], load: () => require('./New-Variable').default },
    { name: 'Out-File', load: () => require('./Out-File').default },
    { name: 'Out-String', load: () => require('./Out-String').default },
    { name: 'Remove-Alias', load: () => require('./Remove-Alias').default },
    { name: 'Remove-Variable', aliases: ['rv'], load: () => require('./Remove-Variable').default },
    { name: 'Set-Alias', aliases: ['sal'], load: () => require('./Set-Alias').default },
    { name: 'Select-Object', aliases: ['select'], load: () => require('./Select-Object').default },
    { name: 'Set-Variable', aliases: ['set', 'sv'], load: () => require('./Set-Variable').default },
    { name: 'Sort-Object', load: () => require('./Sort-Object').default },
    { name: 'Start-Sleep', load: () => require('./Start-Sleep').default },
    { name: 'Tee-Object', load: () => require('./Tee-Object').default },
    { name: 'Write-Debug', load: () => require('./Write-Debug').default },
    { name: 'Write-Error', load: () => require('./Write-Error').default },
    { name: 'Write-Host', load: () => require('./Write-Host').default },
    { name: 'Write-Information', load: () => require('./Write-Information').default },
    { name: 'Write-Output', aliases: ['echo'], load: () => require('./Write-Output').default },
    { name: 'Write-Verbose', load: () => require('./Write-Verbose').default },
    { name: 'Write-Warning', load: () => require('./Write-Warning').default },
  ],
};

export default manifest;
