// What a certificate sign-in needs from a certificate: the private key as unencrypted PKCS#8 PEM (msal-node's
// format), the certificate as PEM and DER, and both thumbprints. Signing in uses the key in-process, which Windows
// allows for NonExportable keys too, so the export policy does not apply here.
import { privateKeyOf, X509Certificate2 } from './certificate';
import { writePem } from './pem';

export interface SignInMaterial {
  privateKeyPem: string;
  certificatePem: string;
  certificateDer: Buffer;
  /** SHA-1, upper-case hex (the Thumbprint). */
  thumbprint: string;
  /** SHA-256, upper-case hex (the x5t#S256 msal-node sends). */
  thumbprintSha256: string;
}

/** Undefined when the certificate has no private key. */
export function signInMaterial(certificate: X509Certificate2): SignInMaterial | undefined {
  const key = privateKeyOf(certificate);
  if (!key) return undefined;
  return {
    privateKeyPem: key.export({ type: 'pkcs8', format: 'pem' }).toString(),
    certificatePem: certificatePem(certificate),
    certificateDer: certificate.getRawCertData(),
    thumbprint: certificate.thumbprint,
    thumbprintSha256: certificate.getCertHashString('SHA256'),
  };
}

export function certificatePem(certificate: X509Certificate2): string {
  return writePem('CERTIFICATE', certificate.rawData);
}
