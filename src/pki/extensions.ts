// Certificate extensions: decoded into .NET's X509Extension shapes (Oid, Critical, RawData) with Format() text as
// .NET on Linux prints it (OpenSSL's rendering, recorded from pwsh), and encoded for the certificates we create.
import { domainToUnicode } from 'url';
import * as der from './der';
import { X500DistinguishedName } from './distinguished-name';
import { friendlyName, Oids } from './oids';

/** System.Security.Cryptography.Oid. */
export class Oid {
  constructor(
    readonly value: string,
    readonly friendlyName: string = friendlyNameOf(value),
  ) {}
}

function friendlyNameOf(value: string): string {
  return friendlyName(value);
}

export type GeneralName =
  | { kind: 'dns' | 'email' | 'uri'; value: string }
  | { kind: 'ip'; value: Buffer }
  | { kind: 'upn'; value: string }
  | { kind: 'directory'; value: X500DistinguishedName }
  | { kind: 'other'; tag: number };

export class X509Extension {
  readonly oid: Oid;

  constructor(
    oid: string,
    readonly critical: boolean,
    /** The extension value (the content of extnValue), as .NET's RawData. */
    readonly rawData: Buffer,
  ) {
    this.oid = new Oid(oid);
  }

  /** AsnEncodedData.Format: the decoded text, or the bytes in hex when the type is unknown or undecodable. */
  /** .NET on Linux prints the same text for both forms (recorded from pwsh), so the flag changes nothing. */
  format(_multiLine: boolean): string {
    try {
      return formatKnown(this.oid.value, this.rawData) ?? hexWithSpaces(this.rawData);
    } catch {
      return hexWithSpaces(this.rawData);
    }
  }
}

function hexWithSpaces(bytes: Buffer): string {
  return [...bytes].map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');
}

function hexWithColons(bytes: Buffer): string {
  return [...bytes].map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join(':');
}

const keyUsageNames = [
  'Digital Signature',
  'Non Repudiation',
  'Key Encipherment',
  'Data Encipherment',
  'Key Agreement',
  'Certificate Sign',
  'CRL Sign',
  'Encipher Only',
  'Decipher Only',
];

function formatKnown(oid: string, raw: Buffer): string | undefined {
  switch (oid) {
    case Oids.subjectKeyIdentifier:
      return hexWithColons(der.expect(der.decode(raw), der.Tag.OctetString).content);
    case Oids.authorityKeyIdentifier: {
      const keyId = der.children(der.decode(raw)).find((child) => child.tag === 0x80);
      return keyId ? hexWithColons(keyId.content) : undefined;
    }
    case Oids.basicConstraints: {
      const { ca, pathLength } = decodeBasicConstraints(raw);
      const parts = [`CA:${ca ? 'TRUE' : 'FALSE'}`];
      if (pathLength !== undefined) parts.push(`pathlen:${pathLength}`);
      return parts.join(', ');
    }
    case Oids.keyUsage:
      return decodeKeyUsage(raw)
        .map((on, i) => (on ? keyUsageNames[i] : ''))
        .filter(Boolean)
        .join(', ');
    case Oids.extendedKeyUsage:
      return decodeEnhancedKeyUsage(raw)
        .map((value) => friendlyName(value) || value)
        .join(', ');
    case Oids.subjectAltName:
    case Oids.issuerAltName:
      return decodeGeneralNames(raw).map(formatGeneralName).join(', ');
    case Oids.certificatePolicies: {
      // Recorded form for one policy without qualifiers; anything richer shows as hex.
      const policies = der.children(der.expect(der.decode(raw), der.Tag.Sequence)).map((p) => der.children(p));
      return policies.length === 1 && policies[0].length === 1 ? `Policy: ${der.readOid(policies[0][0])}` : undefined;
    }
    default:
      return undefined;
  }
}

function formatGeneralName(name: GeneralName): string {
  switch (name.kind) {
    case 'dns':
      return `DNS:${name.value}`;
    case 'email':
      return `email:${name.value}`;
    case 'uri':
      return `URI:${name.value}`;
    case 'upn':
      return `othername: UPN::${name.value}`;
    case 'ip':
      return `IP Address:${formatIp(name.value)}`;
    case 'directory':
      return `DirName:${name.value.rdns.map((rdn) => '/' + rdn.map((a) => `${friendlyName(a.oid) || a.oid}=${a.value}`).join('+')).join('')}`;
    default:
      return '<unsupported>';
  }
}

export function formatIp(bytes: Buffer): string {
  if (bytes.length === 4) return [...bytes].join('.');
  const groups: string[] = [];
  for (let i = 0; i + 1 < bytes.length; i += 2) groups.push(((bytes[i] << 8) | bytes[i + 1]).toString(16).toUpperCase());
  return groups.join(':');
}

// ---- decoders used by the certificate model ----

export function decodeBasicConstraints(raw: Buffer): { ca: boolean; pathLength?: number } {
  let ca = false;
  let pathLength: number | undefined;
  for (const child of der.children(der.expect(der.decode(raw), der.Tag.Sequence))) {
    if (child.tag === der.Tag.Boolean) ca = child.content[0] !== 0;
    else if (child.tag === der.Tag.Integer) pathLength = der.readSmallInteger(child);
  }
  return { ca, pathLength };
}

/** Nine flags in KeyUsage bit order (digitalSignature first). */
export function decodeKeyUsage(raw: Buffer): boolean[] {
  const bits = der.expect(der.decode(raw), der.Tag.BitString).content;
  return keyUsageNames.map((_, i) => {
    const byte = bits[1 + (i >> 3)];
    return byte !== undefined && (byte & (0x80 >> (i & 7))) !== 0;
  });
}

export function decodeEnhancedKeyUsage(raw: Buffer): string[] {
  return der.children(der.expect(der.decode(raw), der.Tag.Sequence)).map(der.readOid);
}

export function decodeGeneralNames(raw: Buffer): GeneralName[] {
  return der.children(der.expect(der.decode(raw), der.Tag.Sequence)).map((child): GeneralName => {
    switch (child.tag) {
      case 0x82:
        return { kind: 'dns', value: child.content.toString('latin1') };
      case 0x81:
        return { kind: 'email', value: child.content.toString('latin1') };
      case 0x86:
        return { kind: 'uri', value: child.content.toString('latin1') };
      case 0x87:
        return { kind: 'ip', value: child.content };
      case 0xa4:
        return { kind: 'directory', value: new X500DistinguishedName(der.children(child)[0].raw) };
      case 0xa0: {
        const [type, value] = der.children(child);
        if (der.readOid(type) === Oids.upn) return { kind: 'upn', value: der.readString(der.children(value)[0]) };
        return { kind: 'other', tag: child.tag };
      }
      default:
        return { kind: 'other', tag: child.tag };
    }
  });
}

// ---- the Cert: provider's EnhancedKeyUsageList and DnsNameList items ----

/** Microsoft.PowerShell.Commands.EnhancedKeyUsageRepresentation. */
export class EnhancedKeyUsageRepresentation {
  constructor(
    readonly friendlyName: string,
    readonly objectId: string,
  ) {}

  toString(): string {
    return this.friendlyName ? `${this.friendlyName} (${this.objectId})` : this.objectId;
  }
}

/** Microsoft.PowerShell.Commands.DnsNameRepresentation. */
export class DnsNameRepresentation {
  readonly punycode: string;
  readonly unicode: string;

  constructor(name: string) {
    this.punycode = name;
    this.unicode = domainToUnicode(name) || name;
  }

  toString(): string {
    return this.punycode === this.unicode ? this.punycode : `${this.unicode} (${this.punycode})`;
  }
}

// ---- encoders for New-SelfSignedCertificate ----

export function encodeExtension(oid: string, critical: boolean, value: Buffer): Buffer {
  return der.sequence(der.oid(oid), ...(critical ? [der.boolean(true)] : []), der.octetString(value));
}

export function encodeBasicConstraints(ca: boolean, pathLength?: number): Buffer {
  return der.sequence(...(ca ? [der.boolean(true)] : []), ...(pathLength !== undefined ? [der.smallInteger(pathLength)] : []));
}

/** KeyUsage from the nine flags in bit order; trailing zero bits dropped as DER requires. */
export function encodeKeyUsage(flags: boolean[]): Buffer {
  let last = flags.lastIndexOf(true);
  if (last < 0) last = 0;
  const bytes = Buffer.alloc((last >> 3) + 1);
  flags.forEach((on, i) => {
    if (on) bytes[i >> 3] |= 0x80 >> (i & 7);
  });
  return der.bitString(bytes, 7 - (last & 7));
}

export function encodeEnhancedKeyUsage(oids: string[]): Buffer {
  return der.sequence(...oids.map(der.oid));
}

export function encodeGeneralNames(names: GeneralName[]): Buffer {
  return der.sequence(
    ...names.map((name) => {
      switch (name.kind) {
        case 'dns':
          return der.node(0x82, Buffer.from(name.value, 'latin1'));
        case 'email':
          return der.node(0x81, Buffer.from(name.value, 'latin1'));
        case 'uri':
          return der.node(0x86, Buffer.from(name.value, 'latin1'));
        case 'ip':
          return der.node(0x87, name.value);
        case 'upn':
          return der.node(0xa0, der.oid(Oids.upn), der.context(0, der.utf8String(name.value)));
        case 'directory':
          return der.node(0xa4, name.value.rawData);
        default:
          throw new Error('unsupported general name');
      }
    }),
  );
}

// ---- .NET's specialised extension classes (what Extensions holds for the well-known OIDs) ----

export class X509SubjectKeyIdentifierExtension extends X509Extension {
  get subjectKeyIdentifier(): Buffer {
    return der.expect(der.decode(this.rawData), der.Tag.OctetString).content;
  }
}

export class X509AuthorityKeyIdentifierExtension extends X509Extension {
  get keyIdentifier(): Buffer | undefined {
    return der.children(der.decode(this.rawData)).find((child) => child.tag === 0x80)?.content;
  }
}

export class X509BasicConstraintsExtension extends X509Extension {
  get certificateAuthority(): boolean {
    return decodeBasicConstraints(this.rawData).ca;
  }
  get pathLengthConstraint(): number | undefined {
    return decodeBasicConstraints(this.rawData).pathLength;
  }
}

/** X509KeyUsageFlags members in KeyUsage bit order (digitalSignature first), with their enum values. */
export const KEY_USAGE_FLAGS: readonly [string, number][] = [
  ['DigitalSignature', 128],
  ['NonRepudiation', 64],
  ['KeyEncipherment', 32],
  ['DataEncipherment', 16],
  ['KeyAgreement', 8],
  ['KeyCertSign', 4],
  ['CrlSign', 2],
  ['EncipherOnly', 1],
  ['DecipherOnly', 32768],
];

export class X509KeyUsageExtension extends X509Extension {
  /** The X509KeyUsageFlags value. */
  get keyUsages(): number {
    return decodeKeyUsage(this.rawData).reduce((sum, on, i) => (on ? sum + KEY_USAGE_FLAGS[i][1] : sum), 0);
  }
}

export class X509EnhancedKeyUsageExtension extends X509Extension {
  get enhancedKeyUsages(): Oid[] {
    return decodeEnhancedKeyUsage(this.rawData).map((value) => new Oid(value));
  }
}

export class X509SubjectAlternativeNameExtension extends X509Extension {}

const SPECIALISED: Record<string, new (oid: string, critical: boolean, raw: Buffer) => X509Extension> = {
  [Oids.subjectKeyIdentifier]: X509SubjectKeyIdentifierExtension,
  [Oids.authorityKeyIdentifier]: X509AuthorityKeyIdentifierExtension,
  [Oids.basicConstraints]: X509BasicConstraintsExtension,
  [Oids.keyUsage]: X509KeyUsageExtension,
  [Oids.extendedKeyUsage]: X509EnhancedKeyUsageExtension,
  [Oids.subjectAltName]: X509SubjectAlternativeNameExtension,
};

/** The extension object .NET would create for this OID. */
export function createExtension(oid: string, critical: boolean, rawData: Buffer): X509Extension {
  const Type = SPECIALISED[oid] ?? X509Extension;
  return new Type(oid, critical, rawData);
}
