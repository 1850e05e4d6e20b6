// X.500 distinguished names: decode a Name as .NET's X500DistinguishedName renders it (RDNs last-to-first, ", "
// between them, " + " inside a multi-valued RDN, values quoted when they hold special characters), and encode the
// `CN=..., O=...` strings New-SelfSignedCertificate takes.
import * as der from './der';
import { PkiError } from './errors';
import { friendlyName, nameAttributeOid, Oids } from './oids';

export interface NameAttribute {
  oid: string;
  value: string;
}

/** One RDN is a set of attributes; most hold exactly one. */
export type RelativeDistinguishedName = NameAttribute[];

export class X500DistinguishedName {
  readonly rawData: Buffer;
  readonly rdns: RelativeDistinguishedName[];

  constructor(rawData: Buffer) {
    this.rawData = rawData;
    this.rdns = der.children(der.expect(der.decode(rawData), der.Tag.Sequence)).map((set) =>
      der.children(der.expect(set, der.Tag.Set)).map((pair) => {
        const [type, value] = der.children(der.expect(pair, der.Tag.Sequence));
        if (!value) throw der.corrupt();
        return { oid: der.readOid(type), value: der.readString(value) };
      }),
    );
  }

  /** .NET's X500DistinguishedName.Name. */
  get name(): string {
    return this.format(', ');
  }

  /** .NET's Format(multiLine): one RDN a line, first-to-last, when multiLine; the Name otherwise. */
  formatLines(multiLine: boolean): string {
    if (!multiLine) return this.name;
    return this.rdns.map(renderRdn).map((line) => line + '\n').join('');
  }

  private format(separator: string): string {
    return [...this.rdns].reverse().map(renderRdn).join(separator);
  }

  /** The first value of an attribute, searching the RDNs last-to-first as .NET's GetNameInfo does. */
  lastValueOf(oid: string): string | undefined {
    for (let i = this.rdns.length - 1; i >= 0; i--) {
      const found = this.rdns[i].find((attribute) => attribute.oid === oid);
      if (found) return found.value;
    }
    return undefined;
  }
}

function renderRdn(rdn: RelativeDistinguishedName): string {
  return rdn.map((attribute) => `${attributeKey(attribute.oid)}=${quoteValue(attribute.value)}`).join(' + ');
}

function attributeKey(oid: string): string {
  return friendlyName(oid) || `OID.${oid}`;
}

// Recorded from pwsh: a value is quoted when it holds , + = < > # ; " or a line break, or starts or ends with a space.
function quoteValue(value: string): string {
  const needsQuotes = value === '' || /[,+=<>#;"\r\n]/.test(value) || /^\s|\s$/.test(value);
  return needsQuotes ? `"${value.replace(/"/g, '""')}"` : value;
}

// ---- parsing `CN=foo, O="Bar, Inc"` ----

/** Parses a distinguished-name string (comma or semicolon separated, `+` for multi-valued RDNs, quoted values). */
export function parseDistinguishedName(text: string): RelativeDistinguishedName[] {
  const rdns: RelativeDistinguishedName[] = [];
  let current: RelativeDistinguishedName = [];
  let i = 0;
  const fail = (): never => {
    throw new PkiError('InvalidDistinguishedName', [], 'System.Security.Cryptography.CryptographicException');
  };
  const skipSpaces = () => {
    while (i < text.length && /\s/.test(text[i])) i++;
  };
  skipSpaces();
  if (i === text.length) return [];
  for (;;) {
    skipSpaces();
    const keyStart = i;
    while (i < text.length && text[i] !== '=') i++;
    if (i === text.length) fail();
    const key = text.slice(keyStart, i).trim();
    const oid = nameAttributeOid(key) ?? fail();
    i++; // '='
    skipSpaces();
    let value = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) fail();
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += text[i++];
      }
      skipSpaces();
    } else {
      const valueStart = i;
      while (i < text.length && !',;+'.includes(text[i])) i++;
      value = text.slice(valueStart, i).trim();
    }
    current.push({ oid: oid as string, value });
    if (i >= text.length) break;
    const separator = text[i++];
    if (separator !== '+') {
      rdns.push(current);
      current = [];
    }
  }
  rdns.push(current);
  // The string lists RDNs most-significant last (as .NET prints them); the encoding wants them first.
  return rdns.reverse();
}

function encodeValue(attribute: NameAttribute): Buffer {
  // Country and DC follow their ASN.1 types; everything else is a UTF8String as CertStrToName writes for non-ASCII,
  // and a PrintableString when the text allows it (what Windows and .NET's X500DistinguishedName both choose).
  if (attribute.oid === Oids.email || attribute.oid === '0.9.2342.19200300.100.1.25') return der.ia5String(attribute.value);
  if (/^[A-Za-z0-9 '()+,\-./:=?]*$/.test(attribute.value)) return der.printableString(attribute.value);
  return der.utf8String(attribute.value);
}

export function encodeDistinguishedName(rdns: RelativeDistinguishedName[]): Buffer {
  return der.sequence(
    ...rdns.map((rdn) => der.setOf(...rdn.map((attribute) => der.sequence(der.oid(attribute.oid), encodeValue(attribute))))),
  );
}
