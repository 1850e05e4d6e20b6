// PKCS#12 (PFX) files: read every certificate and key bag (encrypted or not), and write the two layouts psnode needs:
// .NET's store layout (AES-256/PBKDF2-SHA256, one iteration, as X509Store.Add writes on Linux) and the exported PFX
// (3DES/SHA-1, 2000 iterations, as Windows' Export-PfxCertificate and .NET's Export write).
import { createPrivateKey, createPublicKey, KeyObject, randomBytes, timingSafeEqual } from 'crypto';
import * as der from './der';
import { PkiError } from './errors';
import { Oids } from './oids';
import { computeMac, decrypt, encryptPbes2, encryptTripleDes } from './pbe';

/** An attribute OID under the UUID arc (X.667), marking a key psnode must not export (-KeyExportPolicy NonExportable). */
export const NON_EXPORTABLE_ATTRIBUTE_OID = '2.25.281407580121979573509860719814230711109';

export interface Pkcs12Bag {
  localKeyId?: Buffer;
  friendlyName?: string;
}

export interface Pkcs12Certificate extends Pkcs12Bag {
  der: Buffer;
}

export interface Pkcs12Key extends Pkcs12Bag {
  /** PKCS#8 DER, decrypted on first call: a store listing needs the certificates, rarely the keys. */
  pkcs8: () => Buffer;
  nonExportable: boolean;
}

export interface Pkcs12Contents {
  certificates: Pkcs12Certificate[];
  keys: Pkcs12Key[];
}

/**
 * Reads a PFX. The password may be null (none given); like .NET, a missing password also tries the empty one.
 * Throws PkiError BadPassword when the MAC or a decryption fails, AsnCorrupt when the bytes are not a PFX.
 */
export function readPkcs12(bytes: Buffer, password: string | null): Pkcs12Contents {
  let fields: der.DerNode[];
  try {
    fields = der.children(der.expect(der.decode(bytes), der.Tag.Sequence));
  } catch {
    // A PFX cut short still starts as one; .NET then reports a failed operation rather than bad ASN.1.
    throw new PkiError(bytes[0] === der.Tag.Sequence && bytes.length > 4 ? 'CryptographicOperation' : 'AsnCorrupt');
  }
  const [version, authSafeInfo, macData] = fields;
  if (der.readSmallInteger(version) !== 3) throw new PkiError('AsnCorrupt');
  const authSafe = readDataContent(authSafeInfo);
  const candidates = password === null || password === '' ? [null, ''] : [password];
  const effective = macData ? candidates.find((candidate) => macMatches(macData, candidate, authSafe)) : candidates[0];
  if (effective === undefined) throw new PkiError('BadPassword');
  const contents: Pkcs12Contents = { certificates: [], keys: [] };
  for (const info of der.children(der.decode(authSafe))) {
    const [type, content] = der.children(info);
    const contentType = der.readOid(type);
    if (contentType === Oids.data) {
      readSafeContents(readDataContent(info), effective, contents);
    } else if (contentType === Oids.encryptedData) {
      const [, encryptedContentInfo] = der.children(der.children(content)[0]);
      const [, algorithm, encrypted] = der.children(encryptedContentInfo);
      // [0] IMPLICIT OCTET STRING, primitive or split into constructed chunks.
      const ciphertext = encrypted.tag === 0xa0 ? Buffer.concat(der.children(encrypted).map((chunk) => chunk.content)) : encrypted.content;
      readSafeContents(decrypt(algorithm, effective, ciphertext), effective, contents);
    }
  }
  return contents;
}

function readDataContent(info: der.DerNode): Buffer {
  const [type, explicit] = der.children(der.expect(info, der.Tag.Sequence));
  if (der.readOid(type) !== Oids.data) throw new PkiError('AsnCorrupt');
  const octets = der.children(explicit)[0];
  return octets.tag === 0x24 ? Buffer.concat(der.children(octets).map((chunk) => chunk.content)) : der.expect(octets, der.Tag.OctetString).content;
}

function macMatches(macData: der.DerNode, password: string | null, authSafe: Buffer): boolean {
  const [digestInfo, salt, iterations] = der.children(macData);
  const [algorithm, digest] = der.children(digestInfo);
  const expected = der.expect(digest, der.Tag.OctetString).content;
  const actual = computeMac(der.readOid(der.children(algorithm)[0]), password, der.expect(salt, der.Tag.OctetString).content, iterations ? der.readSmallInteger(iterations) : 1, authSafe);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

function readSafeContents(bytes: Buffer, password: string | null, contents: Pkcs12Contents): void {
  for (const bag of der.children(der.decode(bytes))) {
    const [type, value, attributes] = der.children(bag);
    const bagType = der.readOid(type);
    const inner = der.children(value)[0];
    const common = readAttributes(attributes);
    if (bagType === Oids.certBag) {
      const [certType, certValue] = der.children(inner);
      if (der.readOid(certType) !== Oids.x509Certificate) continue;
      contents.certificates.push({ ...common.bag, der: Buffer.from(der.children(certValue)[0].content) });
    } else if (bagType === Oids.keyBag || bagType === Oids.shroudedKeyBag) {
      const pkcs8 = bagType === Oids.keyBag ? () => Buffer.from(inner.raw) : once(() => decryptShroudedKey(inner, password));
      contents.keys.push({ ...common.bag, pkcs8, nonExportable: common.nonExportable });
    }
  }
}

function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

function decryptShroudedKey(node: der.DerNode, password: string | null): Buffer {
  const [algorithm, encrypted] = der.children(node);
  return decrypt(algorithm, password, der.expect(encrypted, der.Tag.OctetString).content);
}

function readAttributes(attributes: der.DerNode | undefined): { bag: Pkcs12Bag; nonExportable: boolean } {
  const bag: Pkcs12Bag = {};
  let nonExportable = false;
  for (const attribute of attributes ? der.children(attributes) : []) {
    const [type, values] = der.children(attribute);
    const first = der.children(values)[0];
    switch (der.readOid(type)) {
      case Oids.localKeyIdAttribute:
        bag.localKeyId = Buffer.from(first.content);
        break;
      case Oids.friendlyNameAttribute:
        bag.friendlyName = der.readString(first);
        break;
      case NON_EXPORTABLE_ATTRIBUTE_OID:
        nonExportable = true;
        break;
    }
  }
  return { bag, nonExportable };
}

/** Pairs each key with its certificate: by localKeyId, else by comparing public keys. */
export function keyForCertificate(contents: Pkcs12Contents, certificate: Pkcs12Certificate, spki: Buffer): Pkcs12Key | undefined {
  if (certificate.localKeyId) {
    const byId = contents.keys.find((key) => key.localKeyId?.equals(certificate.localKeyId!));
    if (byId) return byId;
  }
  if (contents.keys.length === 1 && contents.certificates.length === 1) return contents.keys[0];
  return contents.keys.find((key) => createPublicKey(createPrivateKey({ key: key.pkcs8(), format: 'der', type: 'pkcs8' })).export({ type: 'spki', format: 'der' }).equals(spki));
}

// ---- writing ----

export interface Pkcs12Entry {
  certificate: Buffer;
  key?: KeyObject;
  friendlyName?: string;
  nonExportable?: boolean;
}

export type Pkcs12Layout = 'store' | 'export';

function attributesFor(entry: Pkcs12Entry, localKeyId: Buffer | undefined, withPolicy: boolean): Buffer[] {
  const attributes: Buffer[] = [];
  if (localKeyId) attributes.push(der.sequence(der.oid(Oids.localKeyIdAttribute), der.setOf(der.octetString(localKeyId))));
  if (entry.friendlyName) attributes.push(der.sequence(der.oid(Oids.friendlyNameAttribute), der.setOf(der.bmpString(entry.friendlyName))));
  if (withPolicy && entry.nonExportable) attributes.push(der.sequence(der.oid(NON_EXPORTABLE_ATTRIBUTE_OID), der.setOf(der.nullValue())));
  return attributes.length ? [der.setOf(...attributes)] : [];
}

function dataContentInfo(content: Buffer): Buffer {
  return der.sequence(der.oid(Oids.data), der.context(0, der.octetString(content)));
}

/**
 * Writes a PFX. 'store' is .NET's X509Store file (empty password, one iteration); 'export' is a password-protected
 * file for other systems. The non-exportable marker is written only into store files.
 */
export function writePkcs12(entries: Pkcs12Entry[], password: string, layout: Pkcs12Layout): Buffer {
  const iterations = layout === 'store' ? 1 : 2000;
  const encrypt = layout === 'store' ? encryptPbes2 : encryptTripleDes;
  const certBags: Buffer[] = [];
  const keyBags: Buffer[] = [];
  entries.forEach((entry, index) => {
    const localKeyId = entry.key ? Buffer.from([index + 1, 0, 0, 0]) : undefined;
    certBags.push(
      der.sequence(
        der.oid(Oids.certBag),
        der.context(0, der.sequence(der.oid(Oids.x509Certificate), der.context(0, der.octetString(entry.certificate)))),
        ...attributesFor(entry, localKeyId, false),
      ),
    );
    if (entry.key) {
      const pkcs8 = entry.key.export({ type: 'pkcs8', format: 'der' });
      const { algorithm, encrypted } = encrypt(password, pkcs8, iterations);
      keyBags.push(
        der.sequence(der.oid(Oids.shroudedKeyBag), der.context(0, der.sequence(algorithm, der.octetString(encrypted))), ...attributesFor(entry, localKeyId, layout === 'store')),
      );
    }
  });
  const { algorithm, encrypted } = encrypt(password, der.sequence(...certBags), iterations);
  const encryptedCerts = der.sequence(
    der.oid(Oids.encryptedData),
    der.context(0, der.sequence(der.smallInteger(0), der.sequence(der.oid(Oids.data), algorithm, der.context(0, encrypted, false)))),
  );
  const safes = [encryptedCerts, ...(keyBags.length ? [dataContentInfo(der.sequence(...keyBags))] : [])];
  const authSafe = der.sequence(...safes);
  const macDigest = layout === 'store' ? Oids.sha256 : Oids.sha1;
  const macSalt = randomBytes(layout === 'store' ? 32 : 20);
  const mac = computeMac(macDigest, password, macSalt, iterations, authSafe);
  return der.sequence(
    der.smallInteger(3),
    dataContentInfo(authSafe),
    der.sequence(der.sequence(der.sequence(der.oid(macDigest), der.nullValue()), der.octetString(mac)), der.octetString(macSalt), der.smallInteger(iterations)),
  );
}
