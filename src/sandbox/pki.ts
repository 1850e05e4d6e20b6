// The sandbox's keys: its own CA, a TLS certificate for the loopback names it serves, and the token-signing key.
// Generated on first use (RSA keygen by node:crypto, X.509 by node-forge) and kept in the sandbox folder (0600), or
// once per process in memory.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import net from 'node:net';
import { ensurePrivateFolder, writeFileAtomic } from './state/state-store';
import { withFileLock } from './state/file-lock';

export interface TokenSigningKey {
  privateKeyPem: string;
  kid: string;
  publicJwk: crypto.JsonWebKey;
}

export interface SandboxPki {
  caCertificatePem: string;
  tlsCertificatePem: string;
  tlsKeyPem: string;
  tokenKey: TokenSigningKey;
}

const FILES = {
  caCert: 'ca-cert.pem',
  caKey: 'ca-key.pem',
  tlsCert: 'tls-cert.pem',
  tlsKey: 'tls-key.pem',
  tokenKey: 'token-signing-key.pem',
};
const PKI_LOCK = 'keys.lock';
const LOOPBACK_NAMES = ['127.0.0.1', '::1', 'localhost'];
const YEAR_MS = 365 * 24 * 3600 * 1000;

function exportPkcs8(privateKey: crypto.KeyObject): string {
  return privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
}

async function newRsaKeyPem(): Promise<string> {
  const privateKey = await new Promise<crypto.KeyObject>((resolve, reject) =>
    crypto.generateKeyPair('rsa', { modulusLength: 2048 }, (error, _publicKey, key) => (error ? reject(error) : resolve(key))));
  return exportPkcs8(privateKey);
}

function forgeModule(): typeof import('node-forge') {
  return require('node-forge');
}

function buildCertificate(options: {
  subjectCn: string;
  keyPem: string;
  issuer?: { certPem: string; keyPem: string };
  years: number;
  extensions: object[];
}): string {
  const forge = forgeModule();
  const key = forge.pki.privateKeyFromPem(options.keyPem) as import('node-forge').pki.rsa.PrivateKey;
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.setRsaPublicKey(key.n, key.e);
  cert.serialNumber = '01' + crypto.randomBytes(15).toString('hex');
  cert.validity.notBefore = new Date(Date.now() - 24 * 3600 * 1000);
  cert.validity.notAfter = new Date(Date.now() + options.years * YEAR_MS);
  const subject = [{ shortName: 'CN', value: options.subjectCn }];
  cert.setSubject(subject);
  const issuerCert = options.issuer ? forge.pki.certificateFromPem(options.issuer.certPem) : undefined;
  cert.setIssuer(issuerCert ? issuerCert.subject.attributes : subject);
  cert.setExtensions(options.extensions);
  const signingKey = options.issuer ? forge.pki.privateKeyFromPem(options.issuer.keyPem) : key;
  cert.sign(signingKey as import('node-forge').pki.rsa.PrivateKey, forge.md.sha256.create());
  return forge.pki.certificateToPem(cert);
}

function altNames(hosts: string[]): object[] {
  return hosts.map((h) => (net.isIP(h) ? { type: 7, ip: h } : { type: 2, value: h }));
}

function coversHosts(certPem: string, hosts: string[]): boolean {
  const san = new crypto.X509Certificate(certPem).subjectAltName ?? '';
  // Node prints IPv6 addresses in full form (::1 as 0:0:0:0:0:0:0:1).
  return hosts.every((h) => san.includes(net.isIP(h) ? `IP Address:${h === '::1' ? '0:0:0:0:0:0:0:1' : h}` : `DNS:${h}`));
}

function tokenKeyFrom(privateKeyPem: string): TokenSigningKey {
  const publicKey = crypto.createPublicKey(privateKeyPem);
  const spki = publicKey.export({ type: 'spki', format: 'der' });
  return {
    privateKeyPem,
    kid: crypto.createHash('sha1').update(spki).digest('base64url'),
    publicJwk: publicKey.export({ format: 'jwk' }),
  };
}

type PkiFiles = Record<keyof typeof FILES, string>;

/** A key from the ones generated ahead (off the event loop), or a new one if they ran out. */
type KeySupply = () => string;

function pairs(certPem: string, keyPem: string): boolean {
  try {
    return new crypto.X509Certificate(certPem).checkPrivateKey(crypto.createPrivateKey(keyPem));
  } catch {
    return false;
  }
}

// Renewed a month ahead, so a sandbox left running does not cross its certificate's end.
const RENEW_BEFORE_MS = 30 * 24 * 3600 * 1000;

function stillValid(certPem: string): boolean {
  return Date.parse(new crypto.X509Certificate(certPem).validTo) - Date.now() > RENEW_BEFORE_MS;
}

function issuedBy(certPem: string, caPem: string): boolean {
  try {
    const ca = new crypto.X509Certificate(caPem);
    const cert = new crypto.X509Certificate(certPem);
    return cert.checkIssued(ca) && cert.verify(ca.publicKey);
  } catch {
    return false;
  }
}

// Keeps every existing piece that still fits (CA with its key, a TLS certificate the CA issued for these hosts, the
// token key) and makes the rest.
function complete(hosts: string[], existing: Partial<PkiFiles>, nextKey: KeySupply): PkiFiles {
  const caReusable = existing.caCert && existing.caKey && pairs(existing.caCert, existing.caKey) && stillValid(existing.caCert);
  const caKey = caReusable ? existing.caKey! : nextKey();
  const caCert = caReusable ? existing.caCert! : buildCertificate({
    subjectCn: 'psnode sandbox CA',
    keyPem: caKey,
    years: 10,
    extensions: [{ name: 'basicConstraints', cA: true, critical: true }, { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true }],
  });
  const tlsReusable = existing.tlsCert && existing.tlsKey && pairs(existing.tlsCert, existing.tlsKey)
    && issuedBy(existing.tlsCert, caCert) && coversHosts(existing.tlsCert, hosts) && stillValid(existing.tlsCert);
  const tlsKey = tlsReusable ? existing.tlsKey! : nextKey();
  const tlsCert = tlsReusable ? existing.tlsCert! : buildCertificate({
    subjectCn: 'psnode sandbox',
    keyPem: tlsKey,
    issuer: { certPem: caCert, keyPem: caKey },
    years: 2,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: altNames(hosts) },
    ],
  });
  const tokenKey = existing.tokenKey ?? nextKey();
  return { caCert, caKey, tlsCert, tlsKey, tokenKey };
}

async function keySupply(count: number): Promise<KeySupply> {
  const ready = await Promise.all(Array.from({ length: count }, newRsaKeyPem));
  return () => ready.pop() ?? exportPkcs8(crypto.generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey);
}

function toPki(files: PkiFiles): SandboxPki {
  return { caCertificatePem: files.caCert, tlsCertificatePem: files.tlsCert, tlsKeyPem: files.tlsKey, tokenKey: tokenKeyFrom(files.tokenKey) };
}

const inMemory = new Map<string, Promise<SandboxPki>>();

/** The PKI for a sandbox folder (read or generated and saved) or, with no folder, this process's in-memory one. */
export function loadPki(folder: string | undefined, extraHost?: string): Promise<SandboxPki> {
  const hosts = extraHost && !LOOPBACK_NAMES.includes(extraHost) ? [...LOOPBACK_NAMES, extraHost] : LOOPBACK_NAMES;
  if (!folder) {
    const key = hosts.join(',');
    if (!inMemory.has(key)) inMemory.set(key, keySupply(3).then((supply) => toPki(complete(hosts, {}, supply))));
    return inMemory.get(key)!;
  }
  return loadFromFolder(folder, hosts);
}

function readExisting(folder: string): Partial<PkiFiles> {
  const existing: Partial<PkiFiles> = {};
  for (const [name, file] of Object.entries(FILES) as Array<[keyof typeof FILES, string]>) {
    const full = path.join(folder, file);
    if (fs.existsSync(full)) existing[name] = fs.readFileSync(full, 'utf8');
  }
  return existing;
}

// Keys are generated ahead without the lock (it is slow); the files are then completed under the lock, so two
// processes starting on an empty folder end up with one consistent set.
async function loadFromFolder(folder: string, hosts: string[]): Promise<SandboxPki> {
  ensurePrivateFolder(folder);
  const before = readExisting(folder);
  const supply = await keySupply((['caKey', 'tlsKey', 'tokenKey'] as const).filter((key) => !before[key]).length);
  const files = withFileLock(path.join(folder, PKI_LOCK), () => {
    const existing = readExisting(folder);
    const completed = complete(hosts, existing, supply);
    for (const [name, file] of Object.entries(FILES) as Array<[keyof typeof FILES, string]>) {
      if (existing[name] !== completed[name]) writeFileAtomic(path.join(folder, file), completed[name]);
    }
    return completed;
  });
  return toPki(files);
}
