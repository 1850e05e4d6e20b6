// PKI: the certificate cmdlets of Windows' PKI module (New-SelfSignedCertificate, exports, imports, tests), on
// src/pki's stores and the Cert: drive.
import type { ModuleManifest } from '../../src/runtime/commands/registry';
import { registerLazyType } from '../../src/runtime/values/type-registry';

// The module's types file: [X509Certificate2] resolves before any Cert: path is touched; src/pki loads on first use.
registerLazyType({
  fullName: 'System.Security.Cryptography.X509Certificates.X509Certificate2',
  load: () => {
    const certificate = require('../../src/providers/certificate') as typeof import('../../src/providers/certificate');
    certificate.registerCertificateTypes();
    return (require('../../src/providers/certificate/types') as typeof import('../../src/providers/certificate/types')).certificateAdapter;
  },
});

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
