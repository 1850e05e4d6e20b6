// The X509Certificate2 model: a parsed DER certificate with .NET's property values and string forms, plus an
// optional private key held out of sight (a module-private WeakMap, so no property, JSON or inspect shows it).
import { createHash, createPrivateKey, KeyObject, X509Certificate as NodeX509 } from 'crypto';
import * as der from './der';
import { X500DistinguishedName } from './distinguished-name';
import { PkiError } from './errors';
import {
  createExtension,
  decodeEnhancedKeyUsage,
  decodeGeneralNames,
  DnsNameRepresentation,
  EnhancedKeyUsageRepresentation,
  GeneralName,
  Oid,
  X509Extension,
} from './extensions';
import { Oids, windowsEkuName } from './oids';

export const X509_CERTIFICATE2_TYPE = 'System.Security.Cryptography.X509Certificates.X509Certificate2';

/** System.Security.Cryptography.X509Certificates.PublicKey. */
export class PublicKey {
  constructor(
    readonly oid: Oid,
    /** The subjectPublicKey bits (RSAPublicKey DER, or the EC point). */
    readonly encodedKeyValue: Buffer,
    /** The algorithm parameters as encoded (05 00 for RSA, the curve OID for EC). */
    readonly encodedParameters: Buffer,
    /** The SubjectPublicKeyInfo, for Node's crypto. */
    readonly subjectPublicKeyInfo: Buffer,
  ) {}

  /** Modulus bits for RSA; undefined for EC, where .NET on Linux shows an empty length. */
  get keySize(): number | undefined {
    if (this.oid.value !== Oids.rsa) return undefined;
    const modulus = der.readUnsignedInteger(der.children(der.decode(this.encodedKeyValue))[0]);
    return modulus.length * 8 - Math.clz32(modulus[0]) + 24;
  }
}

/** How a private key may leave the store (New-SelfSignedCertificate -KeyExportPolicy). */
export type KeyExportPolicy = 'Exportable' | 'NonExportable';

/** A key as the PKCS#12 file held it (parsed on first use: OpenSSL's key decoding is the slow part of a listing). */
interface HeldKey {
  pkcs8?: () => Buffer;
  key?: KeyObject;
  exportPolicy: KeyExportPolicy;
}

const privateKeys = new WeakMap<X509Certificate2, HeldKey>();

export class X509Certificate2 {
  readonly rawData: Buffer;
  readonly version: number;
  readonly serialNumber: string;
  readonly signatureAlgorithm: Oid;
  readonly issuerName: X500DistinguishedName;
  readonly subjectName: X500DistinguishedName;
  readonly notBefore: Date;
  readonly notAfter: Date;
  readonly publicKey: PublicKey;
  readonly extensions: X509Extension[];
  readonly thumbprint: string;
  readonly archived = false;
  /** Windows keeps a friendly name beside the certificate; psnode keeps it in the PKCS#12 bag attribute. */
  friendlyName = '';

  constructor(rawData: Buffer) {
    this.rawData = rawData;
    const [tbs, signatureAlgorithm] = der.children(der.expect(der.decode(rawData), der.Tag.Sequence));
    const fields = der.children(der.expect(tbs, der.Tag.Sequence));
    let index = 0;
    this.version = 1;
    if (fields[0]?.tag === 0xa0) {
      this.version = der.readSmallInteger(der.children(fields[0])[0]) + 1;
      index++;
    }
    this.serialNumber = der.expect(fields[index++], der.Tag.Integer).content.toString('hex').toUpperCase();
    index++; // the inner signature algorithm repeats the outer one
    this.issuerName = new X500DistinguishedName(der.expect(fields[index++], der.Tag.Sequence).raw);
    const [notBefore, notAfter] = der.children(der.expect(fields[index++], der.Tag.Sequence));
    this.notBefore = der.readTime(notBefore);
    if (!notAfter) throw der.corrupt();
    this.notAfter = der.readTime(notAfter);
    this.subjectName = new X500DistinguishedName(der.expect(fields[index++], der.Tag.Sequence).raw);
    this.publicKey = readPublicKey(der.expect(fields[index++], der.Tag.Sequence));
    this.signatureAlgorithm = new Oid(der.readOid(der.children(der.expect(signatureAlgorithm, der.Tag.Sequence))[0]));
    const extensionsField = fields.slice(index).find((field) => field.tag === 0xa3);
    this.extensions = extensionsField ? der.children(der.children(extensionsField)[0]).map(readExtension) : [];
    this.thumbprint = createHash('sha1').update(rawData).digest('hex').toUpperCase();
  }

  get subject(): string {
    return this.subjectName.name;
  }

  get issuer(): string {
    return this.issuerName.name;
  }

  get hasPrivateKey(): boolean {
    return privateKeys.has(this);
  }

  /** The Cert: provider's EnhancedKeyUsageList (Windows names). */
  get enhancedKeyUsageList(): EnhancedKeyUsageRepresentation[] {
    const extension = this.findExtension(Oids.extendedKeyUsage);
    if (!extension) return [];
    return decodeEnhancedKeyUsage(extension.rawData).map((oid) => new EnhancedKeyUsageRepresentation(windowsEkuName(oid), oid));
  }

  /** The Cert: provider's DnsNameList: the SAN DNS names, else the subject's common name. */
  get dnsNameList(): DnsNameRepresentation[] {
    const dns = this.alternativeNames(Oids.subjectAltName).flatMap((name) => (name.kind === 'dns' ? [name.value] : []));
    if (dns.length > 0) return dns.map((name) => new DnsNameRepresentation(name));
    const cn = this.subjectName.lastValueOf(Oids.commonName);
    return cn ? [new DnsNameRepresentation(cn)] : [];
  }

  findExtension(oid: string): X509Extension | undefined {
    return this.extensions.find((extension) => extension.oid.value === oid);
  }

  alternativeNames(oid: string): GeneralName[] {
    const extension = this.findExtension(oid);
    if (!extension) return [];
    try {
      return decodeGeneralNames(extension.rawData);
    } catch {
      return [];
    }
  }

  /** GetCertHashString(): SHA-1 by default, or the named hash, in upper-case hex. */
  getCertHashString(hashAlgorithm = 'SHA1'): string {
    return createHash(hashAlgorithm.toLowerCase().replace('-', '')).update(this.rawData).digest('hex').toUpperCase();
  }

  getRawCertData(): Buffer {
    return Buffer.from(this.rawData);
  }

  /** Whether the certificate is time-valid at `when`. */
  isTimeValid(when: Date = new Date()): boolean {
    return this.notBefore.getTime() <= when.getTime() && when.getTime() <= this.notAfter.getTime();
  }

  /** Whether `issuer`'s key signed this certificate and the names chain. */
  isIssuedBy(issuer: X509Certificate2): boolean {
    const self = new NodeX509(this.rawData);
    const parent = new NodeX509(issuer.rawData);
    return self.checkIssued(parent) && self.verify(parent.publicKey);
  }

  /**
   * X509Certificate2.Verify(): time-valid, and a chain of valid signatures ending at one of `trustAnchors`
   * (the Root stores), through `intermediates` (the CA stores) where needed.
   */
  verify(trustAnchors: X509Certificate2[], intermediates: X509Certificate2[] = [], when: Date = new Date()): boolean {
    let current: X509Certificate2 = this;
    for (let depth = 0; depth < 10; depth++) {
      if (!current.isTimeValid(when)) return false;
      if (trustAnchors.some((anchor) => anchor.thumbprint === current.thumbprint)) return true;
      const parent = [...trustAnchors, ...intermediates].find((candidate) => candidate.thumbprint !== current.thumbprint && current.isIssuedBy(candidate));
      if (!parent) return false;
      current = parent;
    }
    return false;
  }

  /** ToString() and ToString($true) as .NET prints them. */
  toString(verbose = false): string {
    const section = (title: string, ...lines: string[]) => `[${title}]\n${lines.map((line) => `  ${line}\n`).join('')}`;
    const common = [
      section('Subject', this.subject, ...(verbose ? this.nameInfoLines(false) : [])),
      section('Issuer', this.issuer, ...(verbose ? this.nameInfoLines(true) : [])),
      section('Serial Number', this.serialNumber),
      section('Not Before', formatInvariantDateTime(this.notBefore)),
      section('Not After', formatInvariantDateTime(this.notAfter)),
      section('Thumbprint', this.thumbprint),
    ];
    if (!verbose) return common.join('\n');
    const key = this.publicKey;
    const parts = [
      section('Version', `V${this.version}`),
      ...common,
      section('Signature Algorithm', `${this.signatureAlgorithm.friendlyName}(${this.signatureAlgorithm.value})`),
      section(
        'Public Key',
        `Algorithm: ${key.oid.friendlyName}`,
        `Length: ${key.keySize ?? ''}`,
        `Key Blob: ${key.encodedKeyValue.toString('hex').toUpperCase()}`,
        `Parameters: ${key.encodedParameters.toString('hex').toUpperCase()}`,
      ),
    ];
    if (this.hasPrivateKey) parts.push('[Private Key]\n\n');
    if (this.extensions.length > 0) {
      parts.push(
        '[Extensions]\n' +
          this.extensions.map((extension) => `* ${extension.oid.friendlyName}(${extension.oid.value}):\n  ${extension.format(true)}\n`).join(''),
      );
    }
    return parts.join('\n');
  }

  /** GetNameInfo lines of ToString($true): Simple, Email, UPN and DNS names, each only when it has a value. */
  private nameInfoLines(forIssuer: boolean): string[] {
    const name = forIssuer ? this.issuerName : this.subjectName;
    const altNames = this.alternativeNames(forIssuer ? Oids.issuerAltName : Oids.subjectAltName);
    const firstAlt = (kind: 'dns' | 'email' | 'upn') => {
      const found = altNames.find((alt) => alt.kind === kind);
      return found && typeof (found as { value?: unknown }).value === 'string' ? ((found as { value: string }).value) : undefined;
    };
    const simple = name.lastValueOf(Oids.commonName);
    const lines: [string, string | undefined][] = [
      ['Simple Name', simple],
      ['Email Name', name.lastValueOf(Oids.email) ?? firstAlt('email')],
      ['UPN Name', firstAlt('upn')],
      ['DNS Name', firstAlt('dns') ?? simple],
    ];
    return lines.filter(([, value]) => value).map(([label, value]) => `${label}: ${value}`);
  }
}

function readPublicKey(spki: der.DerNode): PublicKey {
  const [algorithm, bits] = der.children(spki);
  const [algorithmOid, parameters] = der.children(der.expect(algorithm, der.Tag.Sequence));
  return new PublicKey(
    new Oid(der.readOid(algorithmOid)),
    der.expect(bits, der.Tag.BitString).content.subarray(1),
    parameters ? parameters.raw : Buffer.alloc(0),
    spki.raw,
  );
}

function readExtension(node: der.DerNode): X509Extension {
  const parts = der.children(der.expect(node, der.Tag.Sequence));
  const critical = parts.length === 3 && parts[1].tag === der.Tag.Boolean && parts[1].content[0] !== 0;
  return createExtension(der.readOid(parts[0]), critical, der.expect(parts[parts.length - 1], der.Tag.OctetString).content);
}

/** DateTime.ToString() in the invariant culture (what pwsh prints here): MM/dd/yyyy HH:mm:ss, local time. */
export function formatInvariantDateTime(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(date.getMonth() + 1)}/${two(date.getDate())}/${date.getFullYear()} ${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
}

// ---- the private key, reachable only through these functions ----

/** Attaches a private key: a KeyObject, or a source of PKCS#8 DER read when the key is first needed. */
export function attachPrivateKey(certificate: X509Certificate2, key: KeyObject | (() => Buffer), exportPolicy: KeyExportPolicy = 'Exportable'): void {
  if (typeof key === 'function') {
    privateKeys.set(certificate, { pkcs8: key, exportPolicy });
    return;
  }
  if (key.type !== 'private') throw new PkiError('CryptographicOperation');
  privateKeys.set(certificate, { key, exportPolicy });
}

export function privateKeyOf(certificate: X509Certificate2): KeyObject | undefined {
  const held = privateKeys.get(certificate);
  if (held && !held.key && held.pkcs8) {
    held.key = createPrivateKey({ key: held.pkcs8(), format: 'der', type: 'pkcs8' });
    held.pkcs8 = undefined;
  }
  return held?.key;
}

export function keyExportPolicyOf(certificate: X509Certificate2): KeyExportPolicy | undefined {
  return privateKeys.get(certificate)?.exportPolicy;
}

/** The private key for export, refused with Windows' text when the key is NonExportable. */
export function exportablePrivateKeyOf(certificate: X509Certificate2): KeyObject | undefined {
  if (privateKeys.get(certificate)?.exportPolicy === 'NonExportable') throw new PkiError('NonExportableKey');
  return privateKeyOf(certificate);
}
