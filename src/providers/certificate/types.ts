// How src/pki's objects look to scripts: X509Certificate2 and the types its members return, with .NET's names,
// property order (as `Format-List *` lists them) and methods; the Cert: drive's X509Store and X509StoreLocation.
import {
  DnsNameRepresentation,
  EnhancedKeyUsageRepresentation,
  loadCertificate,
  loadCertificateFile,
  Oid,
  PkiError,
  PublicKey,
  X500DistinguishedName,
  X509Certificate2,
  X509Extension,
  X509AuthorityKeyIdentifierExtension,
  X509BasicConstraintsExtension,
  X509EnhancedKeyUsageExtension,
  X509KeyUsageExtension,
  X509SubjectAlternativeNameExtension,
  X509SubjectKeyIdentifierExtension,
  KEY_USAGE_FLAGS,
  X509_CERTIFICATE2_TYPE,
  Oids,
  exportCertificates,
  exportPfx,
} from '../../pki';
import {
  DateTime,
  DotNetException,
  Hashtable,
  SecureString,
  TypedNumber,
  TypeAdapter,
  typedArray,
  EnumValue,
} from '../../runtime/values';
import { X509Store, X509StoreLocation } from './store-objects';

const NS = 'System.Security.Cryptography.X509Certificates';
const EXTENSION_BASE_TYPES = [`${NS}.X509Extension`, 'System.Security.Cryptography.AsnEncodedData'];

/** System.ReadOnlyMemory<Byte> (RawDataMemory, SerialNumberBytes): shown as its type and length. */
export class ReadOnlyMemoryBytes {
  constructor(readonly bytes: Buffer) {}
}

/** The PrivateKey property's object: only its .NET type shows (RSAOpenSsl); the key itself stays in src/pki. */
export class PrivateKeyView {}

/** A JS Date as a local DateTime (X509Certificate2.NotBefore/NotAfter are local times). */
export function localDateTime(date: Date): DateTime {
  return new DateTime(date.getTime() - date.getTimezoneOffset() * 60000, 'Local');
}

export function byteArray(bytes: Buffer): TypedNumber[] {
  return typedArray([...bytes].map((b) => new TypedNumber('System.Byte', b)), 'System.Byte');
}

/** Bytes from a script value: byte[] (numbers or TypedNumbers) or a Buffer. */
export function bytesOf(value: unknown): Buffer | undefined {
  if (Buffer.isBuffer(value)) return value;
  if (Array.isArray(value)) return Buffer.from(value.map((v) => Number(v instanceof TypedNumber ? v.value : v)));
  return undefined;
}

/** A .NET CryptographicException from a PkiError (the method-call machinery wraps it as pwsh does). */
export function toDotNet(error: unknown): unknown {
  return error instanceof PkiError ? new DotNetException(error.exceptionType, error.message) : error;
}

/** A SecureString's text (or a plain string), null when there is none. */
export function passwordText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof SecureString) return SecureString.reveal(value);
  return String(value);
}

function guarded<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw toDotNet(error);
  }
}

/** X509ContentType names Export() accepts (the enum's members by name or value). */
const CONTENT_TYPES: Record<string, number> = { Unknown: 0, Cert: 1, SerializedCert: 2, Pfx: 3, Pkcs12: 3, SerializedStore: 4, Pkcs7: 5, Authenticode: 6 };

function contentTypeOf(value: unknown): string {
  const text = value instanceof EnumValue ? value.name : String(value);
  const byValue = Object.entries(CONTENT_TYPES).find(([, n]) => String(n) === text);
  return byValue ? byValue[0] : text;
}

function exportAs(self: X509Certificate2, type: unknown, password: unknown): TypedNumber[] {
  return guarded(() => {
    switch (contentTypeOf(type).toLowerCase()) {
      case 'cert':
        return byteArray(exportCertificates([self], 'CERT'));
      case 'pfx':
      case 'pkcs12':
        return byteArray(exportPfx(self, { password: passwordText(password) ?? '' }));
      default:
        throw new PkiError('InvalidContentType');
    }
  });
}

function loadFrom(args: unknown[]): X509Certificate2 {
  const [source, password] = args;
  const options = { password: passwordText(password) };
  return guarded(() => {
    const bytes = bytesOf(source);
    return bytes ? loadCertificate(bytes, options) : loadCertificateFile(String(source), options);
  });
}

export const certificateAdapter: TypeAdapter<X509Certificate2> = {
  fullName: X509_CERTIFICATE2_TYPE,
  baseTypes: [`${NS}.X509Certificate`],
  interfaces: ['System.IDisposable', 'System.Runtime.Serialization.ISerializable', 'System.Runtime.Serialization.IDeserializationCallback'],
  jsClass: X509Certificate2,
  properties: [
    // The ETS script properties (TypesV3) come first, then X509Certificate2's, then X509Certificate's.
    { name: 'EnhancedKeyUsageList', type: 'System.Object', get: (c) => c.enhancedKeyUsageList },
    { name: 'DnsNameList', type: 'System.Object', get: (c) => c.dnsNameList },
    { name: 'SendAsTrustedIssuer', type: 'System.Object', get: () => false },
    { name: 'Archived', type: 'bool', get: (c) => c.archived },
    { name: 'Extensions', type: `${NS}.X509ExtensionCollection`, get: (c) => c.extensions },
    { name: 'FriendlyName', type: 'string', get: (c) => c.friendlyName, set: (c, v) => (c.friendlyName = v === null || v === undefined ? '' : String(v)) },
    { name: 'HasPrivateKey', type: 'bool', get: (c) => c.hasPrivateKey },
    // .NET returns the key object for RSA only (ECDSA keys need GetECDsaPrivateKey()).
    { name: 'PrivateKey', type: 'System.Security.Cryptography.AsymmetricAlgorithm', get: (c) => (c.hasPrivateKey && c.publicKey.oid.value === Oids.rsa ? new PrivateKeyView() : null) },
    { name: 'IssuerName', type: `${NS}.X500DistinguishedName`, get: (c) => c.issuerName },
    { name: 'NotAfter', type: 'datetime', get: (c) => localDateTime(c.notAfter) },
    { name: 'NotBefore', type: 'datetime', get: (c) => localDateTime(c.notBefore) },
    { name: 'PublicKey', type: `${NS}.PublicKey`, get: (c) => c.publicKey },
    { name: 'RawData', type: 'byte[]', get: (c) => byteArray(c.rawData) },
    { name: 'RawDataMemory', type: 'System.ReadOnlyMemory[byte]', get: (c) => new ReadOnlyMemoryBytes(c.rawData) },
    { name: 'SerialNumber', type: 'string', get: (c) => c.serialNumber },
    { name: 'SignatureAlgorithm', type: 'System.Security.Cryptography.Oid', get: (c) => c.signatureAlgorithm },
    { name: 'SubjectName', type: `${NS}.X500DistinguishedName`, get: (c) => c.subjectName },
    { name: 'Thumbprint', type: 'string', get: (c) => c.thumbprint },
    { name: 'Version', type: 'int', get: (c) => c.version },
    { name: 'Issuer', type: 'string', get: (c) => c.issuer },
    { name: 'Subject', type: 'string', get: (c) => c.subject },
    { name: 'SerialNumberBytes', type: 'System.ReadOnlyMemory[byte]', get: (c) => new ReadOnlyMemoryBytes(Buffer.from(c.serialNumber, 'hex')) },
  ],
  methods: [
    { name: 'GetCertHashString', overloads: ['string GetCertHashString()', 'string GetCertHashString(System.Security.Cryptography.HashAlgorithmName hashAlgorithm)'], invoke: (c, [alg]) => guarded(() => c.getCertHashString(alg === undefined ? 'SHA1' : String(alg))) },
    { name: 'GetCertHash', overloads: ['byte[] GetCertHash()'], invoke: (c) => byteArray(Buffer.from(c.thumbprint, 'hex')) },
    { name: 'GetRawCertData', overloads: ['byte[] GetRawCertData()'], invoke: (c) => byteArray(c.getRawCertData()) },
    { name: 'GetRawCertDataString', overloads: ['string GetRawCertDataString()'], invoke: (c) => c.rawData.toString('hex').toUpperCase() },
    { name: 'GetSerialNumberString', overloads: ['string GetSerialNumberString()'], invoke: (c) => c.serialNumber },
    { name: 'GetExpirationDateString', overloads: ['string GetExpirationDateString()'], invoke: (c) => localDateTime(c.notAfter).toString() },
    { name: 'GetEffectiveDateString', overloads: ['string GetEffectiveDateString()'], invoke: (c) => localDateTime(c.notBefore).toString() },
    { name: 'Export', overloads: ['byte[] Export(System.Security.Cryptography.X509Certificates.X509ContentType contentType)', 'byte[] Export(System.Security.Cryptography.X509Certificates.X509ContentType contentType, string password)'], invoke: (c, [type, password]) => exportAs(c, type, password) },
    { name: 'Verify', overloads: ['bool Verify()'], invoke: (c) => c.verify(trustAnchors(), intermediates()) },
    { name: 'ToString', overloads: ['string ToString()', 'string ToString(bool verbose)'], invoke: (c, [verbose]) => c.toString(Boolean(verbose && String(verbose) !== 'False')) },
  ],
  construct: (args) => loadFrom(args),
  toString: (c) => c.toString(false),
};

// Verify() trusts the Root stores and chains through the CA stores of both locations.
function storeCertificates(names: string[]): X509Certificate2[] {
  const { CertificateStore } = require('../../pki') as typeof import('../../pki');
  return (['CurrentUser', 'LocalMachine'] as const).flatMap((location) => names.flatMap((name) => new CertificateStore(location, name).list().certificates));
}
const trustAnchors = () => storeCertificates(['Root', 'AuthRoot']);
const intermediates = () => storeCertificates(['CA']);

export const supportingAdapters: TypeAdapter[] = [
  {
    fullName: 'System.ReadOnlyMemory`1[[System.Byte]]',
    jsClass: ReadOnlyMemoryBytes,
    properties: [
      { name: 'Length', type: 'int', get: (m: ReadOnlyMemoryBytes) => m.bytes.length },
      { name: 'IsEmpty', type: 'bool', get: (m: ReadOnlyMemoryBytes) => m.bytes.length === 0 },
    ],
    toString: (m: ReadOnlyMemoryBytes) => `System.ReadOnlyMemory<Byte>[${m.bytes.length}]`,
  },
  {
    fullName: 'System.Security.Cryptography.RSAOpenSsl',
    baseTypes: ['System.Security.Cryptography.RSA', 'System.Security.Cryptography.AsymmetricAlgorithm'],
    jsClass: PrivateKeyView,
  },
  {
    fullName: 'System.Security.Cryptography.Oid',
    jsClass: Oid,
    properties: [
      { name: 'Value', type: 'string', get: (o: Oid) => o.value },
      { name: 'FriendlyName', type: 'string', get: (o: Oid) => o.friendlyName },
    ],
    construct: ([value]) => new Oid(String(value)),
  },
  {
    fullName: `${NS}.X500DistinguishedName`,
    baseTypes: ['System.Security.Cryptography.AsnEncodedData'],
    jsClass: X500DistinguishedName,
    properties: [
      { name: 'Name', type: 'string', get: (n: X500DistinguishedName) => n.name },
      { name: 'Oid', type: 'System.Security.Cryptography.Oid', get: () => null },
      { name: 'RawData', type: 'byte[]', get: (n: X500DistinguishedName) => byteArray(n.rawData) },
    ],
    methods: [{ name: 'Format', overloads: ['string Format(bool multiLine)'], invoke: (n: X500DistinguishedName, [multi]) => n.formatLines(Boolean(multi)) }],
  },
  {
    fullName: `${NS}.PublicKey`,
    jsClass: PublicKey,
    properties: [
      { name: 'EncodedKeyValue', type: 'System.Security.Cryptography.AsnEncodedData', get: (k: PublicKey) => byteArray(k.encodedKeyValue) },
      { name: 'EncodedParameters', type: 'System.Security.Cryptography.AsnEncodedData', get: (k: PublicKey) => byteArray(k.encodedParameters) },
      { name: 'Oid', type: 'System.Security.Cryptography.Oid', get: (k: PublicKey) => k.oid },
    ],
  },
  ...extensionAdapters(),
  {
    fullName: 'Microsoft.PowerShell.Commands.EnhancedKeyUsageRepresentation',
    jsClass: EnhancedKeyUsageRepresentation,
    properties: [
      { name: 'FriendlyName', type: 'string', get: (e: EnhancedKeyUsageRepresentation) => e.friendlyName },
      { name: 'ObjectId', type: 'string', get: (e: EnhancedKeyUsageRepresentation) => e.objectId },
    ],
    toString: (e: EnhancedKeyUsageRepresentation) => e.toString(),
  },
  {
    fullName: 'Microsoft.PowerShell.Commands.DnsNameRepresentation',
    jsClass: DnsNameRepresentation,
    properties: [
      { name: 'Punycode', type: 'string', get: (d: DnsNameRepresentation) => d.punycode },
      { name: 'Unicode', type: 'string', get: (d: DnsNameRepresentation) => d.unicode },
    ],
    toString: (d: DnsNameRepresentation) => d.toString(),
  },
  {
    fullName: 'Microsoft.PowerShell.Commands.X509StoreLocation',
    jsClass: X509StoreLocation,
    properties: [
      { name: 'Location', type: `${NS}.StoreLocation`, get: (l: X509StoreLocation) => l.location },
      { name: 'StoreNames', type: 'System.Collections.Hashtable', get: (l: X509StoreLocation) => storeNamesTable(l) },
    ],
  },
  {
    fullName: `${NS}.X509Store`,
    interfaces: ['System.IDisposable'],
    jsClass: X509Store,
    properties: [
      { name: 'Certificates', type: `${NS}.X509Certificate2Collection`, get: (s: X509Store) => s.store.list().certificates },
      { name: 'Location', type: `${NS}.StoreLocation`, get: (s: X509Store) => s.location },
      { name: 'Name', type: 'string', get: (s: X509Store) => s.name },
      { name: 'IsOpen', type: 'bool', get: () => true },
    ],
  },
];

function storeNamesTable(location: X509StoreLocation): Hashtable {
  const table = new Hashtable();
  for (const name of location.storeNames) table.set(name, true);
  return table;
}

/** X509Extension and .NET's specialised extension classes: their own properties first, then Critical, Oid, RawData. */
function extensionAdapters(): TypeAdapter[] {
  const common = [
    { name: 'Critical', type: 'bool', get: (e: X509Extension) => e.critical },
    { name: 'Oid', type: 'System.Security.Cryptography.Oid', get: (e: X509Extension) => e.oid },
    { name: 'RawData', type: 'byte[]', get: (e: X509Extension) => byteArray(e.rawData) },
  ];
  const methods = [{ name: 'Format', overloads: ['string Format(bool multiLine)'], invoke: (e: X509Extension, [multi]: unknown[]) => e.format(Boolean(multi)) }];
  const adapter = (name: string, jsClass: abstract new (...args: any[]) => X509Extension, own: TypeAdapter['properties'] = [], baseTypes = EXTENSION_BASE_TYPES.slice(1)): TypeAdapter => ({
    fullName: `${NS}.${name}`,
    baseTypes,
    jsClass,
    properties: [...own, ...common],
    methods,
  });
  const hex = (bytes: Buffer | undefined) => (bytes ? bytes.toString('hex').toUpperCase() : null);
  return [
    adapter('X509Extension', X509Extension),
    adapter('X509SubjectKeyIdentifierExtension', X509SubjectKeyIdentifierExtension, [
      { name: 'SubjectKeyIdentifier', type: 'string', get: (e: X509SubjectKeyIdentifierExtension) => hex(e.subjectKeyIdentifier) },
      { name: 'SubjectKeyIdentifierBytes', type: 'System.ReadOnlyMemory[byte]', get: (e: X509SubjectKeyIdentifierExtension) => new ReadOnlyMemoryBytes(e.subjectKeyIdentifier) },
    ], EXTENSION_BASE_TYPES),
    adapter('X509AuthorityKeyIdentifierExtension', X509AuthorityKeyIdentifierExtension, [
      { name: 'KeyIdentifier', type: 'System.Nullable[System.ReadOnlyMemory[byte]]', get: (e: X509AuthorityKeyIdentifierExtension) => (e.keyIdentifier ? new ReadOnlyMemoryBytes(e.keyIdentifier) : null) },
      { name: 'NamedIssuer', type: `${NS}.X500DistinguishedName`, get: () => null },
      { name: 'RawIssuer', type: 'System.Nullable[System.ReadOnlyMemory[byte]]', get: () => null },
      { name: 'SerialNumber', type: 'System.Nullable[System.ReadOnlyMemory[byte]]', get: () => null },
    ], EXTENSION_BASE_TYPES),
    adapter('X509BasicConstraintsExtension', X509BasicConstraintsExtension, [
      { name: 'CertificateAuthority', type: 'bool', get: (e: X509BasicConstraintsExtension) => e.certificateAuthority },
      { name: 'HasPathLengthConstraint', type: 'bool', get: (e: X509BasicConstraintsExtension) => e.pathLengthConstraint !== undefined },
      { name: 'PathLengthConstraint', type: 'int', get: (e: X509BasicConstraintsExtension) => e.pathLengthConstraint ?? 0 },
    ], EXTENSION_BASE_TYPES),
    adapter('X509KeyUsageExtension', X509KeyUsageExtension, [
      { name: 'KeyUsages', type: `${NS}.X509KeyUsageFlags`, get: (e: X509KeyUsageExtension) => keyUsageFlags(e.keyUsages) },
    ], EXTENSION_BASE_TYPES),
    adapter('X509EnhancedKeyUsageExtension', X509EnhancedKeyUsageExtension, [
      { name: 'EnhancedKeyUsages', type: 'System.Security.Cryptography.OidCollection', get: (e: X509EnhancedKeyUsageExtension) => e.enhancedKeyUsages },
    ], EXTENSION_BASE_TYPES),
    adapter('X509SubjectAlternativeNameExtension', X509SubjectAlternativeNameExtension, [], EXTENSION_BASE_TYPES),
    {
      fullName: `${NS}.X509KeyUsageFlags`,
      baseTypes: ['System.Enum', 'System.ValueType'],
      enumValues: { None: 0, ...Object.fromEntries(KEY_USAGE_FLAGS) },
      isFlags: true,
      isScalar: true,
    },
  ];
}

/** X509KeyUsageFlags as .NET names a combination: members in ascending value order. */
function keyUsageFlags(value: number): EnumValue {
  const names = [...KEY_USAGE_FLAGS].sort((a, b) => a[1] - b[1]).filter(([, bit]) => value & bit).map(([name]) => name);
  return new EnumValue(`${NS}.X509KeyUsageFlags`, names.length ? names.join(', ') : 'None', value);
}
