// Import-PfxCertificate: every certificate of a PFX into a store, keys NonExportable unless -Exportable.
import type { CommandDefinition } from '../../src/runtime/command-types';
import { passwordText } from './shared/pki-support';
import { importCertificates } from './shared/import';
import './types';

interface Params {
  FilePath: string;
  CertStoreLocation?: string;
  Password?: unknown;
  Exportable?: boolean;
}

const ImportPfxCertificate: CommandDefinition<Params> = {
  name: 'Import-PfxCertificate',
  module: 'PKI',
  implementingType: 'Microsoft.CertificateServices.Commands.ImportPfxCertificate',
  supportsCommonParameters: true,
  supportsShouldProcess: true,
  outputType: ['System.Security.Cryptography.X509Certificates.X509Certificate2'],
  parameters: [
    { name: 'FilePath', type: 'System.String', mandatory: true, position: 0, valueFromPipeline: true, aliases: ['FullName'] },
    { name: 'CertStoreLocation', type: 'System.String' },
    { name: 'Password', type: 'System.Security.SecureString' },
    { name: 'Exportable', type: 'System.Management.Automation.SwitchParameter' },
  ],
  process(ctx) {
    const { FilePath, CertStoreLocation, Password, Exportable } = ctx.params;
    importCertificates(ctx, FilePath, CertStoreLocation, { password: passwordText(Password), exportPolicy: Exportable ? 'Exportable' : 'NonExportable' });
  },
};

export default ImportPfxCertificate;
