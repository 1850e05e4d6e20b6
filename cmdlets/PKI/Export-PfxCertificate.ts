// Export-PfxCertificate: the certificate and its private key in a password-protected PFX (0600, it holds a key).
// A NonExportable key is refused with Windows' text; -ProtectTo needs an Active Directory domain psnode never has.
import type { CommandDefinition } from '../../src/runtime/command-types';
import { exportPfx, X509Certificate2 } from '../../src/pki';
import { PkiMsg } from './messages';
import { certificateOf, passwordText, pkiErrorRecord } from './shared/pki-support';
import { memberName } from './types';
import { writeExportFile } from './shared/file-output';

interface Params {
  Cert?: unknown;
  FilePath: string;
  Password?: unknown;
  ProtectTo?: string[];
  ChainOption?: unknown;
  NoProperties?: boolean;
  NoClobber?: boolean;
  Force?: boolean;
  CryptoAlgorithmOption?: unknown;
}

const ExportPfxCertificate: CommandDefinition<Params> = {
  name: 'Export-PfxCertificate',
  module: 'PKI',
  implementingType: 'Microsoft.CertificateServices.Commands.ExportPfxCertificate',
  supportsCommonParameters: true,
  supportsShouldProcess: true,
  outputType: ['System.IO.FileInfo'],
  parameters: [
    { name: 'Cert', type: 'Microsoft.CertificateServices.Commands.Certificate', mandatory: true, valueFromPipeline: true },
    { name: 'FilePath', type: 'System.String', mandatory: true },
    { name: 'Password', type: 'System.Security.SecureString' },
    { name: 'ProtectTo', type: 'System.String[]' },
    { name: 'ChainOption', type: 'Microsoft.CertificateServices.Commands.ExportChainOption' },
    { name: 'NoProperties', type: 'System.Management.Automation.SwitchParameter' },
    { name: 'NoClobber', type: 'System.Management.Automation.SwitchParameter' },
    { name: 'Force', type: 'System.Management.Automation.SwitchParameter' },
    { name: 'CryptoAlgorithmOption', type: 'Microsoft.CertificateServices.Commands.CryptoAlgorithmOptions' },
  ],
  process(ctx) {
    const { params } = ctx;
    const certificate = certificateOf(params.Cert);
    if (!certificate) return;
    if (params.ProtectTo?.length) {
      ctx.writeError(ctx.newError('System.ComponentModel.Win32Exception', PkiMsg.NoSuchDomain, 'NotSpecified', null, 'System.ComponentModel.Win32Exception'));
      return;
    }
    let bytes: Buffer;
    try {
      bytes = exportPfx(certificate, {
        password: passwordText(params.Password) ?? '',
        chain: (memberName(params.ChainOption) ?? 'BuildChain').toLowerCase() === 'buildchain' ? issuerChain(certificate) : [],
        noProperties: params.NoProperties,
      });
    } catch (error) {
      ctx.writeError(pkiErrorRecord(ctx, error, 'System.ComponentModel.Win32Exception'));
      return;
    }
    writeExportFile(ctx, params.FilePath, bytes, params.NoClobber, 0o600);
  },
};

/** The issuers found in the Root and CA stores, nearest first (what BuildChain adds after the certificate). */
function issuerChain(certificate: X509Certificate2): X509Certificate2[] {
  const { CertificateStore } = require('../../src/pki') as typeof import('../../src/pki');
  const candidates = (['CurrentUser', 'LocalMachine'] as const).flatMap((location) =>
    ['CA', 'Root'].flatMap((name) => new CertificateStore(location, name).list().certificates),
  );
  const chain: X509Certificate2[] = [];
  let current = certificate;
  while (chain.length < 10) {
    const parent = candidates.find((c) => c.thumbprint !== current.thumbprint && current.isIssuedBy(c));
    if (!parent || chain.some((c) => c.thumbprint === parent.thumbprint)) break;
    chain.push(parent);
    current = parent;
  }
  return chain;
}

export default ExportPfxCertificate;
