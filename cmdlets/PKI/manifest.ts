// PKI: the certificate cmdlets of Windows' PKI module (New-SelfSignedCertificate, exports, imports, tests), on
// src/pki's stores and the Cert: drive.
import type { ModuleManifest } from '../../src/runtime/commands/registry';

const manifest: ModuleManifest = {
  name: 'PKI',
  commands: [
    { name: 'Export-Certificate', load: () => require('./Export-Certificate').default },
    { name: 'Export-PfxCertificate', load: () => require('./Export-PfxCertificate').default },
    { name: 'Import-Certificate', load: () => require('./Import-Certificate').default },
    { name: 'Import-PfxCertificate', load: () => require('./Import-PfxCertificate').default },
    { name: 'New-SelfSignedCertificate', load: () => require('./New-SelfSignedCertificate').default },
    { name: 'Test-Certificate', load: () => require('./Test-Certificate').default },
  ],
};

export default manifest;
