// Password-based encryption as PKCS#12 uses it: PBES2 (PBKDF2 + AES-CBC, what .NET and OpenSSL 3 write), the
// PKCS#12 key derivation (RFC 7292 appendix B) with 3DES or RC2 (older Windows and OpenSSL files), and the MAC.
import { createCipheriv, createDecipheriv, createHash, createHmac, pbkdf2Sync, randomBytes } from 'crypto';
import * as der from './der';
import { PkiError } from './errors';
import { Oids } from './oids';

const digestNames: Record<string, { name: string; blockSize: number }> = {
  [Oids.sha1]: { name: 'sha1', blockSize: 64 },
  [Oids.sha256]: { name: 'sha256', blockSize: 64 },
  [Oids.sha384]: { name: 'sha384', blockSize: 128 },
  [Oids.sha512]: { name: 'sha512', blockSize: 128 },
};

const hmacNames: Record<string, string> = {
  [Oids.hmacSha1]: 'sha1',
  [Oids.hmacSha256]: 'sha256',
  [Oids.hmacSha384]: 'sha384',
  [Oids.hmacSha512]: 'sha512',
};

const aesCiphers: Record<string, { name: string; keyLength: number }> = {
  [Oids.aes128Cbc]: { name: 'aes-128-cbc', keyLength: 16 },
  [Oids.aes192Cbc]: { name: 'aes-192-cbc', keyLength: 24 },
  [Oids.aes256Cbc]: { name: 'aes-256-cbc', keyLength: 32 },
  [Oids.desEde3Cbc]: { name: 'des-ede3-cbc', keyLength: 24 },
};

/** The password as PKCS#12's KDF wants it: big-endian UTF-16 with a terminating NUL; `null` is the absent password. */
function bmpPassword(password: string | null): Buffer {
  if (password === null) return Buffer.alloc(0);
  const bytes = Buffer.from(password + '\0', 'utf16le');
  return bytes.swap16();
}

/** RFC 7292 B.2: derive `length` bytes for purpose `id` (1 key, 2 IV, 3 MAC key). */
export function pkcs12Kdf(digestOid: string, password: string | null, salt: Buffer, iterations: number, id: number, length: number): Buffer {
  const digest = digestNames[digestOid];
  if (!digest) throw new PkiError('CryptographicOperation');
  const v = digest.blockSize;
  const fill = (source: Buffer) => {
    if (source.length === 0) return Buffer.alloc(0);
    const out = Buffer.alloc(v * Math.ceil(source.length / v));
    for (let i = 0; i < out.length; i++) out[i] = source[i % source.length];
    return out;
  };
  const D = Buffer.alloc(v, id);
  const I = Buffer.concat([fill(salt), fill(bmpPassword(password))]);
  const blocks: Buffer[] = [];
  let produced = 0;
  while (produced < length) {
    let A = createHash(digest.name).update(D).update(I).digest();
    for (let r = 1; r < iterations; r++) A = createHash(digest.name).update(A).digest();
    blocks.push(A);
    produced += A.length;
    if (produced >= length) break;
    const B = Buffer.alloc(v);
    for (let i = 0; i < v; i++) B[i] = A[i % A.length];
    for (let j = 0; j < I.length; j += v) {
      let carry = 1;
      for (let k = v - 1; k >= 0; k--) {
        const sum = I[j + k] + B[k] + carry;
        I[j + k] = sum & 0xff;
        carry = sum >> 8;
      }
    }
  }
  return Buffer.concat(blocks).subarray(0, length);
}

/** Decrypts `data` protected by the AlgorithmIdentifier `algorithm`; a wrong password shows as a padding failure. */
export function decrypt(algorithm: der.DerNode, password: string | null, data: Buffer): Buffer {
  const [oidNode, params] = der.children(der.expect(algorithm, der.Tag.Sequence));
  const oid = der.readOid(oidNode);
  try {
    if (oid === Oids.pbes2) return decryptPbes2(params, password, data);
    if (oid === Oids.pbeSha1TripleDes || oid === Oids.pbeSha1Rc2_40 || oid === Oids.pbeSha1Rc2_128) {
      const [salt, iterations] = der.children(params);
      const saltBytes = der.expect(salt, der.Tag.OctetString).content;
      const count = der.readSmallInteger(iterations);
      if (oid === Oids.pbeSha1TripleDes) {
        const key = pkcs12Kdf(Oids.sha1, password, saltBytes, count, 1, 24);
        const iv = pkcs12Kdf(Oids.sha1, password, saltBytes, count, 2, 8);
        return runCipher(createDecipheriv('des-ede3-cbc', key, iv), data);
      }
      const keyLength = oid === Oids.pbeSha1Rc2_40 ? 5 : 16;
      return decryptRc2(pkcs12Kdf(Oids.sha1, password, saltBytes, count, 1, keyLength), pkcs12Kdf(Oids.sha1, password, saltBytes, count, 2, 8), data);
    }
  } catch (error) {
    if (error instanceof PkiError) throw error;
    throw new PkiError('BadPassword');
  }
  throw new PkiError('CryptographicOperation');
}

function decryptPbes2(params: der.DerNode, password: string | null, data: Buffer): Buffer {
  const [kdf, scheme] = der.children(der.expect(params, der.Tag.Sequence));
  const [kdfOid, kdfParams] = der.children(kdf);
  if (der.readOid(kdfOid) !== Oids.pbkdf2) throw new PkiError('CryptographicOperation');
  const kdfFields = der.children(kdfParams);
  const salt = der.expect(kdfFields[0], der.Tag.OctetString).content;
  const iterations = der.readSmallInteger(kdfFields[1]);
  const prfNode = kdfFields.find((field, i) => i >= 2 && field.tag === der.Tag.Sequence);
  const prf = prfNode ? hmacNames[der.readOid(der.children(prfNode)[0])] : 'sha1';
  const [schemeOid, ivNode] = der.children(scheme);
  const cipher = aesCiphers[der.readOid(schemeOid)];
  if (!cipher || !prf) throw new PkiError('CryptographicOperation');
  const key = pbkdf2Sync(Buffer.from(password ?? '', 'utf8'), salt, iterations, cipher.keyLength, prf);
  return runCipher(createDecipheriv(cipher.name, key, der.expect(ivNode, der.Tag.OctetString).content), data);
}

function runCipher(cipher: { update(data: Buffer): Buffer; final(): Buffer }, data: Buffer): Buffer {
  return Buffer.concat([cipher.update(data), cipher.final()]);
}

// RC2 is gone from OpenSSL 3's default provider, so node-forge decrypts the old RC2-protected bags.
function decryptRc2(key: Buffer, iv: Buffer, data: Buffer): Buffer {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const forge = require('node-forge');
  const decipher = forge.rc2.createDecryptionCipher(forge.util.createBuffer(key.toString('binary')), key.length * 8);
  decipher.start(forge.util.createBuffer(iv.toString('binary')));
  decipher.update(forge.util.createBuffer(data.toString('binary')));
  if (!decipher.finish()) throw new PkiError('BadPassword');
  return Buffer.from(decipher.output.getBytes(), 'binary');
}

/** Encrypts with PBES2: PBKDF2-HMAC-SHA256 and AES-256-CBC. Returns the AlgorithmIdentifier and the ciphertext. */
export function encryptPbes2(password: string, data: Buffer, iterations: number): { algorithm: Buffer; encrypted: Buffer } {
  const salt = randomBytes(16);
  const iv = randomBytes(16);
  const key = pbkdf2Sync(Buffer.from(password, 'utf8'), salt, iterations, 32, 'sha256');
  const encrypted = runCipher(createCipheriv('aes-256-cbc', key, iv), data);
  const algorithm = der.sequence(
    der.oid(Oids.pbes2),
    der.sequence(
      der.sequence(der.oid(Oids.pbkdf2), der.sequence(der.octetString(salt), der.smallInteger(iterations), der.sequence(der.oid(Oids.hmacSha256), der.nullValue()))),
      der.sequence(der.oid(Oids.aes256Cbc), der.octetString(iv)),
    ),
  );
  return { algorithm, encrypted };
}

/** Encrypts with pbeWithSHAAnd3-KeyTripleDES-CBC (what Windows and .NET's Export write by default). */
export function encryptTripleDes(password: string, data: Buffer, iterations: number): { algorithm: Buffer; encrypted: Buffer } {
  const salt = randomBytes(20);
  const key = pkcs12Kdf(Oids.sha1, password, salt, iterations, 1, 24);
  const iv = pkcs12Kdf(Oids.sha1, password, salt, iterations, 2, 8);
  const encrypted = runCipher(createCipheriv('des-ede3-cbc', key, iv), data);
  return { algorithm: der.sequence(der.oid(Oids.pbeSha1TripleDes), der.sequence(der.octetString(salt), der.smallInteger(iterations))), encrypted };
}

/** The PFX MacData over `authSafe`. */
export function computeMac(digestOid: string, password: string | null, salt: Buffer, iterations: number, authSafe: Buffer): Buffer {
  const digest = digestNames[digestOid];
  if (!digest) throw new PkiError('CryptographicOperation');
  const length = createHash(digest.name).digest().length;
  const key = pkcs12Kdf(digestOid, password, salt, iterations, 3, length);
  return createHmac(digest.name, key).update(authSafe).digest();
}
