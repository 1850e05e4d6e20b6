// The sign-in certificate, found as Connect-MgGraph finds it (reference/entra.md §5) through src/pki's lookup:
// subject name first, then thumbprint, then the -Certificate object. A miss gives the module's "not found" text.
import type { X509Certificate2 } from '../pki/certificate';
import { loadCertificateFile } from '../pki/load';
import { findBySubjectName, findByThumbprint } from '../pki/lookup';
import { type SignInMaterial, signInMaterial } from '../pki/sign-in-material';
import { IdentityError } from './identity-error';
import { format, messages } from './messages';

export type { SignInMaterial } from '../pki/sign-in-material';

/** Where certificates come from: the Cert: stores and files (replaceable in tests). */
export interface CertificateSource {
  bySubjectName(subject: string): X509Certificate2 | undefined;
  byThumbprint(thumbprint: string): X509Certificate2 | undefined;
  /** AZURE_CLIENT_CERTIFICATE_PATH: PFX, PEM or DER, as .NET loads it. */
  fromFile(path: string, password: string | undefined): X509Certificate2;
}

export const storeCertificateSource: CertificateSource = {
  bySubjectName: (subject) => findBySubjectName(subject).certificate,
  byThumbprint: (thumbprint) => findByThumbprint(thumbprint).certificate,
  fromFile: (path, password) => loadCertificateFile(path, { password: password ?? null }),
};

export interface CertificateQuery {
  subjectName?: string;
  thumbprint?: string;
  certificate?: X509Certificate2;
}

function notFound(kind: 'subject name' | 'thumbprint', value: string): IdentityError {
  return new IdentityError('System.ArgumentException', format(messages.certificateNotFound, kind, value));
}

/** The key and thumbprints to sign in with. */
export function signingMaterial(source: CertificateSource, query: CertificateQuery): SignInMaterial {
  let certificate: X509Certificate2 | undefined;
  let miss: IdentityError;
  if (query.subjectName) {
    certificate = source.bySubjectName(query.subjectName);
    miss = notFound('subject name', query.subjectName);
  } else if (query.thumbprint) {
    certificate = source.byThumbprint(query.thumbprint);
    miss = notFound('thumbprint', query.thumbprint);
  } else {
    certificate = query.certificate;
    miss = notFound('thumbprint', certificate?.thumbprint ?? '');
  }
  const material = certificate && signInMaterial(certificate);
  if (!material) throw miss;
  return material;
}
