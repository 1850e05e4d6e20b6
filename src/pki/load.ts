// Loading certificates as [X509Certificate2]::new(path[, password]) does: DER, PEM or PKCS#12, told apart by content.
import { createPrivateKey } from 'crypto';
import { readFileSync } from 'fs';
import { attachPrivateKey, KeyExportPolicy, X509Certificate2 } from './certificate';
import * as der from './der';
import { PkiError } from './errors';
import { looksLikePem, readPemBlocks } from './pem';
import { readSerializedStore } from './export';
import { Oids } from './oids';
import { keyForCertificate, readPkcs12 } from './pkcs12';

export interface LoadOptions {
  /** null when no password was given. */
  password?: string | null;
  /** Overrides the policy read from the file (Import-PfxCertificate decides it with -Exportable). */
  exportPolicy?: KeyExportPolicy;
}

export function readCertificateFile(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new PkiError('NoSuchFile');
    throw error;
  }
}

/** One certificate from a file, as the X509Certificate2 constructor loads it. */
export function loadCertificateFile(path: string, options: LoadOptions = {}): X509Certificate2 {
  return loadCertificate(readCertificateFile(path), options);
}

/** One certificate: the one holding the private key when a PFX has several, else the first. */
export function loadCertificate(bytes: Buffer, options: LoadOptions = {}): X509Certificate2 {
  const all = loadCertificates(bytes, options);
  return all.find((certificate) => certificate.hasPrivateKey) ?? all[0];
}

/** Every certificate in DER, PEM or PKCS#12 bytes, each with its private key attached when the file has one. */
export function loadCertificates(bytes: Buffer, options: LoadOptions = {}): X509Certificate2[] {
  if (bytes.length === 0) throw new PkiError('AsnCorrupt');
  if (looksLikePem(bytes)) {
    const certificates = readPemBlocks(bytes.toString('latin1')).filter((block) => block.label === 'CERTIFICATE' || block.label === 'X509 CERTIFICATE');
    if (certificates.length === 0) throw new PkiError('AsnCorrupt');
    return certificates.map((block) => new X509Certificate2(block.der));
  }
  if (isCertificateDer(bytes)) return [new X509Certificate2(bytes)];
  const fromStore = readSerializedStore(bytes) ?? readPkcs7Certificates(bytes);
  if (fromStore) return fromStore;
  return loadPkcs12(bytes, options);
}

/** The certificates of a PKCS#7 SignedData (.p7b); undefined when the bytes are not one. */
function readPkcs7Certificates(bytes: Buffer): X509Certificate2[] | undefined {
  try {
    const [type, content] = der.children(der.expect(der.decode(bytes), der.Tag.Sequence));
    if (der.readOid(type) !== Oids.signedData) return undefined;
    const certificates = der.children(der.children(content)[0]).find((field) => field.tag === 0xa0);
    return certificates ? der.children(certificates).map((node) => new X509Certificate2(Buffer.from(node.raw))) : [];
  } catch {
    return undefined;
  }
}

function isCertificateDer(bytes: Buffer): boolean {
  try {
    const [tbs] = der.children(der.expect(der.decode(bytes), der.Tag.Sequence));
    return tbs?.tag === der.Tag.Sequence;
  } catch {
    return false;
  }
}

export function loadPkcs12(bytes: Buffer, options: LoadOptions = {}): X509Certificate2[] {
  const contents = readPkcs12(bytes, options.password ?? null);
  if (contents.certificates.length === 0) throw new PkiError('CryptographicOperation');
  return contents.certificates.map((bag) => {
    const certificate = new X509Certificate2(bag.der);
    if (bag.friendlyName) certificate.friendlyName = bag.friendlyName;
    const key = keyForCertificate(contents, bag, certificate.publicKey.subjectPublicKeyInfo);
    if (key) attachPrivateKey(certificate, key.pkcs8, options.exportPolicy ?? (key.nonExportable ? 'NonExportable' : 'Exportable'));
    return certificate;
  });
}

/** X509Certificate2.CreateFromPem: a certificate PEM plus a private-key PEM (PKCS#8, or PKCS#1 RSA / SEC1 EC). */
export function loadPemWithKey(certificatePem: string, keyPem: string): X509Certificate2 {
  const block = readPemBlocks(certificatePem).find((b) => b.label === 'CERTIFICATE');
  if (!block) throw new PkiError('AsnCorrupt');
  const certificate = new X509Certificate2(block.der);
  attachPrivateKey(certificate, createPrivateKey(keyPem));
  return certificate;
}
