// Test-Certificate: True when the certificate is time-valid and chains to a certificate in a Root store (through
// the CA stores); otherwise the chain status as a warning, Windows' chain error, and False.
import type { CommandDefinition } from '../../src/runtime/command-types';
import { fmt } from '../../src/runtime/messages';
import { CertificateStore, X509Certificate2 } from '../../src/pki';
import { PkiMsg } from './messages';
import { certificateOf } from './shared/pki-support';
import './types';

interface Params {
  Cert: unknown;
  AllowUntrustedRoot?: boolean;
  Policy?: unknown;
  DNSName?: string;
  EKU?: string[];
}

function storeCertificates(names: string[]): X509Certificate2[] {
  return (['CurrentUser', 'LocalMachine'] as const).flatMap((location) => names.flatMap((name) => new CertificateStore(location, name).list().certificates));
}

const TestCertificate: CommandDefinition<Params> = {
  name: 'Test-Certificate',
  module: 'PKI',
  implementingType: 'Microsoft.CertificateServices.Commands.TestCertificate',
  supportsCommonParameters: true,
  outputType: ['System.Boolean'],
  parameters: [
    { name: 'Cert', type: 'Microsoft.CertificateServices.Commands.Certificate', mandatory: true, position: 0, valueFromPipeline: true },
    { name: 'AllowUntrustedRoot', type: 'System.Management.Automation.SwitchParameter' },
    { name: 'Policy', type: 'Microsoft.CertificateServices.Commands.TestCertificatePolicy' },
    { name: 'DNSName', type: 'System.String' },
    { name: 'EKU', type: 'System.String[]' },
  ],
  process(ctx) {
    const certificate = certificateOf(ctx.params.Cert);
    if (!certificate) return;
    const fail = (status: string, message: string) => {
      ctx.writeWarning(fmt(PkiMsg.ChainStatus, status));
      ctx.writeError(ctx.newError('System.Security.Cryptography.CryptographicException', message, 'NotSpecified', null, 'System.Security.Cryptography.CryptographicException'));
      ctx.writeObject(false);
    };
    if (!certificate.isTimeValid()) return fail('CERT_TRUST_IS_NOT_TIME_VALID', PkiMsg.Expired);
    const roots = storeCertificates(['Root', 'AuthRoot']);
    const trusted = certificate.verify(roots, storeCertificates(['CA']));
    const selfSigned = certificate.isIssuedBy(certificate);
    if (!trusted && !(ctx.params.AllowUntrustedRoot && (selfSigned || certificate.verify(storeCertificates(['CA', 'My']))))) {
      return fail('CERT_TRUST_IS_UNTRUSTED_ROOT', PkiMsg.UntrustedRoot);
    }
    ctx.writeObject(true);
  },
};

export default TestCertificate;
