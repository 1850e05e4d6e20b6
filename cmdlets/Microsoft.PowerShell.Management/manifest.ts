// Microsoft.PowerShell.Management: the location and item cmdlets over the provider model, with the aliases pwsh
// 7.6 defines for them on Unix (no ls/cat/rm/cp/mv there: those names run the native tools).

import type { ModuleManifest } from '../../src/runtime/commands/registry';

const manifest: ModuleManifest = {
  name: 'Microsoft.PowerShell.Management',
  commands: [
    { name: 'Add-Content', load: () => require('./Add-Content').default },
    { name: 'Clear-Content', aliases: ['clc'], load: () => require('./Clear-Content').default },
    { name: 'Clear-Item', aliases: ['cli'], load: () => require('./Clear-Item').default },
    { name: 'Convert-Path', aliases: ['cvpa'], load: () => require('./Convert-Path').default },
    { name: 'Copy-Item', aliases: ['copy', 'cpi'], load: () => require('./Copy-Item').default },
    { name: 'Get-ChildItem', aliases: ['dir', 'gci'], load: () => require('./Get-ChildItem').default },
    { name: 'Get-Content', aliases: ['gc', 'type'], load: () => require('./Get-Content').default },
    { name: 'Get-Item', aliases: ['gi'], load: () => require('./Get-Item').default },
    { name: 'Get-Location', aliases: ['gl', 'pwd'], load: () => require('./Get-Location').default },
    { name: 'Join-Path', load: () => require('./Join-Path').default },
    { name: 'Move-Item', aliases: ['mi', 'move'], load: () => require('./Move-Item').default },
    { name: 'New-Item', aliases: ['ni'], load: () => require('./New-Item').default },
    { name: 'Pop-Location', aliases: ['popd'], load: () => require('./Pop-Location').default },
    { name: 'Push-Location', aliases: ['pushd'], load: () => require('./Push-Location').default },
    { name: 'Remove-Item', aliases: ['del', 'erase', 'rd', 'ri'], load: () => require('./Remove-Item').default },
    { name: 'Rename-Item', aliases: ['ren', 'rni'], load: () => require('./Rename-Item').default },
    { name: 'Resolve-Path', aliases: ['rvpa'], load: () => require('./Resolve-Path').default },
    { name: 'Set-Content', load: () => require('./Set-Content').default },
    { name: 'Set-Item', aliases: ['si'], load: () => require('./Set-Item').default },
    { name: 'Set-Location', aliases: ['cd', 'chdir', 'sl'], load: () => require('./Set-Location').default },
    { name: 'Split-Path', load: () => require('./Split-Path').default },
    { name: 'Test-Path', load: () => require('./Test-Path').default },
  ],
};

export default manifest;
