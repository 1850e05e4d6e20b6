// Import-Certificate: the certificates of a .cer (DER or PEM), .p7b or .sst file into a store.
import type { CommandDefinition } from '../../src/runtime/command-types';
import { importCertificates } from './shared/import';
import './types';

interface Params {
  FilePath: string;
  CertStoreLocation?: string;
}

const ImportCertificate: CommandDefinition<Params> = {
  name: 'Import-Certificate',
  module: 'PKI',
  implementingType: 'Microsoft.CertificateServices.Commands.ImportCertificateCommand',
  supportsCommonParameters: true,
  supportsShouldProcess: true,
  outputType: ['System.Security.Cryptography.X509Certificates.X509Certificate2'],
  parameters: [
    { name: 'FilePath', type: 'System.String', mandatory: true, position: 0, valueFromPipeline: true, aliases: ['FullName'] },
    { name: 'CertStoreLocation', type: 'System.String' },
  ],
  process(ctx) {
    importCertificates(ctx, ctx.params.FilePath, ctx.params.CertStoreLocation, { password: null });
  },
};

export default ImportCertificate;
