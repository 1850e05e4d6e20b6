// Finds the sign-in certificate as Connect-MgGraph does (reference/entra.md §5): subject name, then thumbprint;
// CurrentUser\My, then LocalMachine\My; only certificates valid now; the newest NotBefore wins.
import { IdentityError } from './identity-error';
import { format, messages } from './messages';

/** What sign-in needs of a stored certificate (implemented over src/pki's X509Certificate2). */
export interface SigningCertificate {
  /** SHA-1, upper-case hex. */
  thumbprint: string;
  /** The distinguished name as .NET prints it, e.g. `CN=MyApp`. */
  subject: string;
  notBefore: Date;
  notAfter: Date;
  /** DER bytes of the certificate. */
  der: Buffer;
  /** The private key as unencrypted PKCS#8 PEM, or undefined when the store holds none. */
  privateKeyPem(): string | undefined;
}

export type StoreLocation = 'CurrentUser' | 'LocalMachine';

/** The certificate stores, read synchronously. */
export interface CertificateStores {
  certificates(location: StoreLocation, storeName: 'My'): SigningCertificate[];
}

export interface CertificateQuery {
  subjectName?: string;
  thumbprint?: string;
}

const LOCATIONS: StoreLocation[] = ['CurrentUser', 'LocalMachine'];

function findIn(stores: CertificateStores, matches: (certificate: SigningCertificate) => boolean, now: Date): SigningCertificate | undefined {
  for (const location of LOCATIONS) {
    const found = stores
      .certificates(location, 'My')
      .filter((certificate) => certificate.notBefore <= now && now <= certificate.notAfter && matches(certificate))
      .sort((a, b) => b.notBefore.getTime() - a.notBefore.getTime());
    if (found.length > 0) return found[0];
  }
  return undefined;
}

/** The certificate to sign in with, or the module's "not found or has expired" ArgumentException. */
export function findSigningCertificate(stores: CertificateStores, query: CertificateQuery, now = new Date()): SigningCertificate {
  if (query.subjectName) {
    const subject = query.subjectName.toLowerCase();
    const found = findIn(stores, (certificate) => certificate.subject.toLowerCase() === subject, now);
    if (!found) throw new IdentityError('System.ArgumentException', format(messages.certificateNotFound, 'subject name', query.subjectName));
    return found;
  }
  const thumbprint = (query.thumbprint ?? '').toUpperCase();
  const found = findIn(stores, (certificate) => certificate.thumbprint.toUpperCase() === thumbprint, now);
  if (!found) throw new IdentityError('System.ArgumentException', format(messages.certificateNotFound, 'thumbprint', query.thumbprint ?? ''));
  return found;
}
