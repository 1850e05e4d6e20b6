// New-SelfSignedCertificate's certificate factory: key generation with Node's crypto, the TBSCertificate built in
// DER, and the extensions Windows' PKI module adds for each -Type (KeyUsage, EnhancedKeyUsage, SubjectAltName,
// SubjectKeyIdentifier), overridable by -KeyUsage and -TextExtension.
import { createHash, createPublicKey, generateKeyPairSync, KeyObject, randomBytes, sign } from 'crypto';
import { attachPrivateKey, KeyExportPolicy, privateKeyOf, X509Certificate2 } from './certificate';
import * as der from './der';
import { encodeDistinguishedName, parseDistinguishedName } from './distinguished-name';
import { PkiError } from './errors';
import { encodeEnhancedKeyUsage, encodeExtension, encodeGeneralNames, encodeKeyUsage } from './extensions';
import { Oids } from './oids';
import { ExtensionSpec, parseTextExtension } from './text-extension';

export type CertificateType = 'Custom' | 'CodeSigningCert' | 'DocumentEncryptionCert' | 'SSLServerAuthentication';
export type KeyAlgorithm = 'RSA' | 'ECDSA_nistP256' | 'ECDSA_nistP384' | 'ECDSA_nistP521';
export type HashAlgorithm = 'SHA1' | 'SHA256' | 'SHA384' | 'SHA512';
export type KeySpec = 'None' | 'Signature' | 'KeyExchange';

/** The -KeyUsage names, in KeyUsage bit order. */
export const KEY_USAGE_NAMES = [
  'DigitalSignature',
  'NonRepudiation',
  'KeyEncipherment',
  'DataEncipherment',
  'KeyAgreement',
  'CertSign',
  'CRLSign',
  'EncipherOnly',
  'DecipherOnly',
] as const;
export type KeyUsageName = (typeof KEY_USAGE_NAMES)[number] | 'None';

export interface SelfSignedOptions {
  subject?: string;
  dnsName?: string[];
  type?: CertificateType;
  keyAlgorithm?: KeyAlgorithm;
  keyLength?: number;
  hashAlgorithm?: HashAlgorithm;
  keySpec?: KeySpec;
  keyExportPolicy?: KeyExportPolicy;
  keyUsage?: KeyUsageName[];
  textExtension?: string[];
  notBefore?: Date;
  notAfter?: Date;
  friendlyName?: string;
  serialNumber?: string;
  /** Issue from this certificate (it must hold its private key) instead of self-signing. */
  signer?: X509Certificate2;
  /** Supplies the key pair; New-SelfSignedCertificate passes a pre-generated one (see key-pool.ts). */
  generateKey?: (algorithm: KeyAlgorithm, keyLength: number) => KeyObject;
}

const typeDefaults: Record<CertificateType, { eku: string[]; keyUsage: KeyUsageName[] }> = {
  SSLServerAuthentication: { eku: [Oids.clientAuth, Oids.serverAuth], keyUsage: ['DigitalSignature', 'KeyEncipherment'] },
  CodeSigningCert: { eku: [Oids.codeSigning], keyUsage: ['DigitalSignature'] },
  DocumentEncryptionCert: { eku: [Oids.documentEncryption], keyUsage: ['KeyEncipherment', 'DataEncipherment'] },
  Custom: { eku: [], keyUsage: [] },
};

const curves: Record<Exclude<KeyAlgorithm, 'RSA'>, string> = {
  ECDSA_nistP256: 'prime256v1',
  ECDSA_nistP384: 'secp384r1',
  ECDSA_nistP521: 'secp521r1',
};

const signatureOids: Record<'rsa' | 'ec', Record<HashAlgorithm, string>> = {
  rsa: { SHA1: Oids.sha1Rsa, SHA256: Oids.sha256Rsa, SHA384: Oids.sha384Rsa, SHA512: Oids.sha512Rsa },
  ec: { SHA1: Oids.sha1Ecdsa, SHA256: Oids.sha256Ecdsa, SHA384: Oids.sha384Ecdsa, SHA512: Oids.sha512Ecdsa },
};

export function generateKey(algorithm: KeyAlgorithm, keyLength: number): KeyObject {
  if (algorithm === 'RSA') return generateKeyPairSync('rsa', { modulusLength: keyLength }).privateKey;
  return generateKeyPairSync('ec', { namedCurve: curves[algorithm] }).privateKey;
}

function invalidParameter(): PkiError {
  return new PkiError('InvalidTextExtension', [], 'System.ArgumentException');
}

/** -Subject: a value with no `=` gets `CN=` in front (as the PKI module documents). */
export function subjectFromOptions(options: SelfSignedOptions): Buffer {
  const text = options.subject ?? (options.dnsName?.[0] !== undefined ? options.dnsName[0] : '');
  const dn = text.includes('=') ? text : text ? `CN=${text}` : '';
  return encodeDistinguishedName(parseDistinguishedName(dn));
}

function keyUsageFlags(names: KeyUsageName[]): boolean[] | undefined {
  if (names.length === 0 || names.includes('None')) return undefined;
  return KEY_USAGE_NAMES.map((name) => names.includes(name));
}

function serialNumberBytes(hex: string | undefined): Buffer {
  if (hex !== undefined) {
    if (!/^[0-9a-fA-F]+$/.test(hex)) throw invalidParameter();
    return Buffer.from(hex.length % 2 ? '0' + hex : hex, 'hex');
  }
  const bytes = randomBytes(16);
  bytes[0] &= 0x7f; // positive, so SerialNumber keeps 32 hex digits
  return bytes;
}

export function createSelfSignedCertificate(options: SelfSignedOptions): X509Certificate2 {
  const type = options.type ?? 'SSLServerAuthentication';
  const algorithm = options.keyAlgorithm ?? 'RSA';
  const hash = options.hashAlgorithm ?? 'SHA256';
  if (!(algorithm in curves) && algorithm !== 'RSA') throw invalidParameter();
  if (!['SHA1', 'SHA256', 'SHA384', 'SHA512'].includes(hash)) throw invalidParameter();
  const keyLength = options.keyLength ?? 2048;
  if (algorithm === 'RSA' && (keyLength < 512 || keyLength > 16384 || keyLength % 8 !== 0)) throw invalidParameter();

  const key = (options.generateKey ?? generateKey)(algorithm, keyLength);
  const publicKeyInfo = createPublicKey(key).export({ type: 'spki', format: 'der' });
  const subject = subjectFromOptions(options);
  const signer = options.signer;
  const signingKey = signer ? privateKeyOf(signer) : key;
  if (!signingKey) throw new PkiError('CryptographicOperation');
  const signingFamily = signingKey.asymmetricKeyType === 'ec' ? 'ec' : 'rsa';
  const signatureAlgorithm = der.sequence(der.oid(signatureOids[signingFamily][hash]), ...(signingFamily === 'rsa' ? [der.nullValue()] : []));

  const now = Date.now();
  const notBefore = options.notBefore ?? new Date(now - 10 * 60 * 1000);
  const notAfter = options.notAfter ?? new Date(new Date(now).setFullYear(new Date(now).getFullYear() + 1));

  const tbs = der.sequence(
    der.context(0, der.smallInteger(2)),
    der.unsignedInteger(serialNumberBytes(options.serialNumber)),
    signatureAlgorithm,
    signer ? signer.subjectName.rawData : subject,
    der.sequence(der.time(notBefore), der.time(notAfter)),
    subject,
    publicKeyInfo,
    der.context(3, der.sequence(...buildExtensions(options, type, publicKeyInfo, signer))),
  );
  const signature = sign(hash.toLowerCase(), tbs, signingKey);
  const certificate = new X509Certificate2(der.sequence(tbs, signatureAlgorithm, der.bitString(signature)));
  attachPrivateKey(certificate, key, options.keyExportPolicy === 'NonExportable' ? 'NonExportable' : 'Exportable');
  if (options.friendlyName) certificate.friendlyName = options.friendlyName;
  return certificate;
}

function keyIdentifier(publicKeyInfo: Buffer): Buffer {
  const [, bits] = der.children(der.decode(publicKeyInfo));
  return createHash('sha1').update(bits.content.subarray(1)).digest();
}

function buildExtensions(options: SelfSignedOptions, type: CertificateType, publicKeyInfo: Buffer, signer?: X509Certificate2): Buffer[] {
  const defaults = typeDefaults[type];
  const specs: ExtensionSpec[] = [];
  const keyUsage = keyUsageFlags(options.keyUsage ?? defaults.keyUsage);
  if (keyUsage) specs.push({ oid: Oids.keyUsage, critical: true, value: encodeKeyUsage(keyUsage) });
  if (defaults.eku.length) specs.push({ oid: Oids.extendedKeyUsage, critical: false, value: encodeEnhancedKeyUsage(defaults.eku) });
  if (options.dnsName?.length) {
    specs.push({ oid: Oids.subjectAltName, critical: false, value: encodeGeneralNames(options.dnsName.map((value) => ({ kind: 'dns' as const, value }))) });
  }
  for (const text of options.textExtension ?? []) {
    const spec = parseTextExtension(text);
    const existing = specs.findIndex((s) => s.oid === spec.oid);
    if (existing >= 0) specs[existing] = spec;
    else specs.push(spec);
  }
  specs.push({ oid: Oids.subjectKeyIdentifier, critical: false, value: der.octetString(keyIdentifier(publicKeyInfo)) });
  if (signer) {
    specs.push({ oid: Oids.authorityKeyIdentifier, critical: false, value: der.sequence(der.node(0x80, keyIdentifier(signer.publicKey.subjectPublicKeyInfo))) });
  }
  return specs.map((spec) => encodeExtension(spec.oid, spec.critical, spec.value));
}
