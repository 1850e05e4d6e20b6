// Microsoft.PowerShell.Security: SecureString conversion and credentials.
// Aliases are the ones pwsh 7.6.9 defines on Unix (Get-Alias).

import type { ModuleManifest } from '../../src/runtime/commands/registry';

const manifest: ModuleManifest = {
  name: 'Microsoft.PowerShell.Security',
  commands: [
    { name: 'ConvertFrom-SecureString', load: () => require('./ConvertFrom-SecureString').default },
    { name: 'ConvertTo-SecureString', load: () => require('./ConvertTo-SecureString').default },
    { name: 'Get-Credential', load: () => require('./Get-Credential').default },
    { name: 'Get-PfxCertificate', load: () => require('./Get-PfxCertificate').default },
  ],
};

export default manifest;
