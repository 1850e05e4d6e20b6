// New-SelfSignedCertificate: makes a key and a self-signed (or -Signer-issued) certificate and stores it in
// -CertStoreLocation (default: the current Cert: store, else Cert:\LocalMachine\My), as the PKI module does.
import type { CommandDefinition } from '../../src/runtime/command-types';
import { createSelfSignedCertificate, CertificateType, HashAlgorithm, KeyAlgorithm, KeySpec, KeyUsageName, PkiError, X509Certificate2 } from '../../src/pki';
import { memberName } from './types';
import { certificateItem, certificateOf, defaultStorePath, jsDate, pkiErrorRecord, storeTarget } from './shared/pki-support';

interface Params {
  Subject?: string;
  DnsName?: string[];
  CertStoreLocation?: string;
  KeyExportPolicy?: unknown[];
  KeySpec?: unknown;
  KeyLength?: number;
  KeyAlgorithm?: string;
  HashAlgorithm?: string;
  NotBefore?: unknown;
  NotAfter?: unknown;
  FriendlyName?: string;
  Type?: unknown;
  TextExtension?: string[];
  Signer?: unknown;
  KeyUsage?: unknown[];
  SerialNumber?: string;
}

const KEY_ALGORITHMS: Record<string, KeyAlgorithm> = { rsa: 'RSA', ecdsa_nistp256: 'ECDSA_nistP256', ecdsa_nistp384: 'ECDSA_nistP384', ecdsa_nistp521: 'ECDSA_nistP521' };

const NewSelfSignedCertificate: CommandDefinition<Params> = {
  name: 'New-SelfSignedCertificate',
  module: 'PKI',
  implementingType: 'Microsoft.CertificateServices.Commands.NewSelfSignedCertificateCommand',
  supportsCommonParameters: true,
  supportsShouldProcess: true,
  outputType: ['System.Security.Cryptography.X509Certificates.X509Certificate2'],
  parameters: [
    { name: 'Subject', type: 'System.String' },
    { name: 'DnsName', type: 'System.String[]' },
    { name: 'CertStoreLocation', type: 'System.String' },
    { name: 'KeyExportPolicy', type: 'Microsoft.CertificateServices.Commands.KeyExportPolicy[]' },
    { name: 'KeySpec', type: 'Microsoft.CertificateServices.Commands.KeySpec' },
    { name: 'KeyLength', type: 'System.Int32' },
    { name: 'KeyAlgorithm', type: 'System.String' },
    { name: 'HashAlgorithm', type: 'System.String' },
    { name: 'NotBefore', type: 'System.DateTime' },
    { name: 'NotAfter', type: 'System.DateTime' },
    { name: 'FriendlyName', type: 'System.String' },
    { name: 'Type', type: 'Microsoft.CertificateServices.Commands.CertificateType' },
    { name: 'TextExtension', type: 'System.String[]' },
    { name: 'Signer', type: 'Microsoft.CertificateServices.Commands.Certificate' },
    { name: 'KeyUsage', type: 'Microsoft.CertificateServices.Commands.KeyUsage[]' },
    { name: 'SerialNumber', type: 'System.String' },
  ],
  process(ctx) {
    const p = ctx.params;
    const target = storeTarget(ctx, p.CertStoreLocation ?? defaultStorePath(ctx, 'Cert:\\LocalMachine\\My'));
    const canonical = <T extends string>(value: unknown, names: readonly T[]) => names.find((n) => n.toLowerCase() === memberName(value)?.toLowerCase());
    const type = canonical(p.Type, ['Custom', 'CodeSigningCert', 'DocumentEncryptionCert', 'SSLServerAuthentication', 'DocumentEncryptionCertLegacyCsp'] as const);
    let certificate: X509Certificate2;
    try {
      const signer = p.Signer === undefined || p.Signer === null ? undefined : certificateOf(p.Signer);
      if (p.Signer !== undefined && p.Signer !== null && (!signer || !signer.hasPrivateKey)) throw new PkiError('InvalidTextExtension', [], 'System.ArgumentException');
      certificate = createSelfSignedCertificate({
        subject: p.Subject,
        dnsName: p.DnsName,
        type: (type === 'DocumentEncryptionCertLegacyCsp' ? 'DocumentEncryptionCert' : type) as CertificateType | undefined,
        keyAlgorithm: p.KeyAlgorithm === undefined ? undefined : KEY_ALGORITHMS[p.KeyAlgorithm.toLowerCase()] ?? (p.KeyAlgorithm as KeyAlgorithm),
        keyLength: p.KeyLength,
        hashAlgorithm: p.HashAlgorithm === undefined ? undefined : (p.HashAlgorithm.toUpperCase() as HashAlgorithm),
        keySpec: canonical(p.KeySpec, ['None', 'KeyExchange', 'Signature'] as const) as KeySpec | undefined,
        keyExportPolicy: p.KeyExportPolicy?.some((v) => memberName(v)?.toLowerCase() === 'nonexportable') ? 'NonExportable' : 'Exportable',
        keyUsage: p.KeyUsage?.flatMap((u) => (memberName(u) ?? '').split(/,\s*/)).map((u) => canonical(u, ['None', 'EncipherOnly', 'CRLSign', 'CertSign', 'KeyAgreement', 'DataEncipherment', 'KeyEncipherment', 'NonRepudiation', 'DigitalSignature', 'DecipherOnly'] as const) as KeyUsageName),
        textExtension: p.TextExtension,
        notBefore: jsDate(p.NotBefore),
        notAfter: jsDate(p.NotAfter),
        friendlyName: p.FriendlyName,
        serialNumber: p.SerialNumber,
        signer,
      });
    } catch (error) {
      ctx.throwTerminatingError(pkiErrorRecord(ctx, error, 'System.ArgumentException'));
    }
    if (!ctx.shouldProcess(target.psPath, 'New-SelfSignedCertificate')) return;
    try {
      target.store.add(certificate!);
    } catch (error) {
      ctx.throwTerminatingError(pkiErrorRecord(ctx, error, 'System.Security.Cryptography.CryptographicException', target.psPath));
    }
    ctx.writeObject(certificateItem(ctx, target, certificate!));
  },
};

export default NewSelfSignedCertificate;
