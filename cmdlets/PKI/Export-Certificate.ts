// Export-Certificate: the certificate alone, as DER (CERT, the default), PKCS#7 (P7B) or a serialized store (SST).
import type { CommandDefinition } from '../../src/runtime/command-types';
import { CertificateExportType, exportCertificates } from '../../src/pki';
import { certificateOf } from './shared/pki-support';
import { memberName } from './types';
import { writeExportFile } from './shared/file-output';

interface Params {
  Cert: unknown;
  FilePath: string;
  Type?: unknown;
  NoClobber?: boolean;
  Force?: boolean;
}

const ExportCertificate: CommandDefinition<Params> = {
  name: 'Export-Certificate',
  module: 'PKI',
  implementingType: 'Microsoft.CertificateServices.Commands.ExportCertificateCommand',
  supportsCommonParameters: true,
  supportsShouldProcess: true,
  outputType: ['System.IO.FileInfo'],
  parameters: [
    { name: 'Cert', type: 'Microsoft.CertificateServices.Commands.Certificate', mandatory: true, valueFromPipeline: true },
    { name: 'FilePath', type: 'System.String', mandatory: true },
    { name: 'Type', type: 'Microsoft.CertificateServices.Commands.CertType' },
    { name: 'NoClobber', type: 'System.Management.Automation.SwitchParameter' },
    { name: 'Force', type: 'System.Management.Automation.SwitchParameter' },
  ],
  process(ctx) {
    const certificate = certificateOf(ctx.params.Cert);
    if (!certificate) return;
    const type = (memberName(ctx.params.Type) ?? 'CERT').toUpperCase() as CertificateExportType;
    writeExportFile(ctx, ctx.params.FilePath, exportCertificates([certificate], type), ctx.params.NoClobber);
  },
};

export default ExportCertificate;
