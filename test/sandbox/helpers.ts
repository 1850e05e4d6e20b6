// Shared test plumbing for the sandbox: temp folders, a loopback-only msal networkClient that trusts the sandbox CA,
// raw HTTPS requests, client assertions built by hand, certificates made on the fly, child-process bundles.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import https from 'node:https';
import tls from 'node:tls';
import crypto from 'node:crypto';
import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';

export function tempFolder(prefix = 'psnode-sandbox-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A fresh HOME and PSNODE_HOME for this test file. */
export function isolateHome(): string {
  const home = tempFolder('psnode-home-');
  process.env.HOME = home;
  process.env.PSNODE_HOME = path.join(home, '.psnode');
  return home;
}

const LOOPBACK = new Set(['127.0.0.1', '[::1]', 'localhost']);

/** msal-node's network client for the sandbox: trusts its CA and refuses anything not on loopback. */
export function loopbackNetworkClient(ca?: string): INetworkModule {
  const agent = new https.Agent({ secureContext: tls.createSecureContext({ ca }), keepAlive: true });
  const send = <T>(method: 'GET' | 'POST', url: string, options: NetworkRequestOptions = {}) =>
    new Promise<NetworkResponse<T>>((resolve, reject) => {
      const u = new URL(url);
      if (!LOOPBACK.has(u.hostname)) return reject(new Error(`refused non-loopback ${u.origin}`));
      const transport = u.protocol === 'https:' ? https : http;
      const req = transport.request(u, { method, headers: options.headers, agent: u.protocol === 'https:' ? agent : undefined }, (res) => {
        let data = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (data += c));
        res.on('end', () => {
          try {
            resolve({
              status: res.statusCode!,
              body: (data ? JSON.parse(data) : {}) as T,
              headers: Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k, String(v)])),
            });
          } catch (error) {
            reject(error);
          }
        });
      });
      req.on('error', reject);
      req.end(method === 'POST' ? options.body ?? '' : undefined);
    });
  return { sendGetRequestAsync: (u, o) => send('GET', u, o), sendPostRequestAsync: (u, o) => send('POST', u, o) };
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  json: any;
}

export function request(url: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer; ca?: string } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const transport = u.protocol === 'https:' ? https : http;
    // A fresh connection per request: a reused idle socket can race the server closing it (ECONNRESET).
    const req = transport.request(u, { method: options.method ?? 'GET', headers: options.headers, ca: options.ca, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode!, headers: res.headers, text, json });
      });
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

export function postForm(url: string, fields: Record<string, string>, ca: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return request(url, {
    method: 'POST',
    ca,
    headers: { 'content-type': 'application/x-www-form-urlencoded;charset=utf-8', ...headers },
    body: new URLSearchParams(fields).toString(),
  });
}

export function decodeJwt(token: string): { header: any; claims: any } {
  const [h, p] = token.split('.');
  return { header: JSON.parse(Buffer.from(h, 'base64url').toString()), claims: JSON.parse(Buffer.from(p, 'base64url').toString()) };
}

/** A self-signed RSA certificate (what New-SelfSignedCertificate would give), made with node-forge; subject `CN=…`. */
export function makeCertificate(subject: string, notBefore = new Date(Date.now() - 3600_000), notAfter = new Date(Date.now() + 365 * 24 * 3600_000)): { certPem: string; keyPem: string } {
  const forge = require('node-forge') as typeof import('node-forge');
  const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const keyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
  const key = forge.pki.privateKeyFromPem(keyPem) as import('node-forge').pki.rsa.PrivateKey;
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.setRsaPublicKey(key.n, key.e);
  cert.serialNumber = '01' + crypto.randomBytes(8).toString('hex');
  cert.validity.notBefore = notBefore;
  cert.validity.notAfter = notAfter;
  const name = [{ shortName: 'CN', value: subject.replace(/^CN=/, '') }];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.sign(key, forge.md.sha256.create());
  return { certPem: forge.pki.certificateToPem(cert), keyPem };
}

/** The demo certificate's private key and certificate, from the committed PFX (no password). */
export function demoKeyPair(pfx: Buffer): { certPem: string; keyPem: string } {
  const forge = require('node-forge') as typeof import('node-forge');
  const p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(pfx.toString('binary')));
  const keyBag = p12.getBags({ bagType: forge.pki.oids.keyBag })[forge.pki.oids.keyBag]![0];
  const certBag = p12.getBags({ bagType: forge.pki.oids.certBag })[forge.pki.oids.certBag]![0];
  const keyPem = crypto.createPrivateKey(forge.pki.privateKeyToPem(keyBag.key!)).export({ type: 'pkcs8', format: 'pem' }) as string;
  return { certPem: forge.pki.certificateToPem(certBag.cert!), keyPem };
}

export function thumbprints(certPem: string): { sha1: string; sha256: string; derBase64: string } {
  const raw = new crypto.X509Certificate(certPem).raw;
  return {
    sha1: crypto.createHash('sha1').update(raw).digest('hex').toUpperCase(),
    sha256: crypto.createHash('sha256').update(raw).digest('hex').toUpperCase(),
    derBase64: raw.toString('base64'),
  };
}

/** A client assertion as msal-node builds one, with every part overridable for negative tests. */
export function makeAssertion(options: {
  keyPem: string;
  certPem: string;
  clientId: string;
  audience: string;
  alg?: 'PS256' | 'RS256';
  x5c?: boolean;
  claims?: Record<string, unknown>;
  header?: Record<string, unknown>;
}): string {
  const alg = options.alg ?? 'PS256';
  const raw = new crypto.X509Certificate(options.certPem).raw;
  const now = Math.floor(Date.now() / 1000);
  const header: Record<string, unknown> = { alg, typ: 'JWT' };
  if (alg === 'PS256') header['x5t#S256'] = crypto.createHash('sha256').update(raw).digest('base64url');
  else header.x5t = crypto.createHash('sha1').update(raw).digest('base64url');
  if (options.x5c) header.x5c = [raw.toString('base64')];
  Object.assign(header, options.header);
  const claims = { aud: options.audience, iss: options.clientId, sub: options.clientId, jti: crypto.randomUUID(), nbf: now, iat: now, exp: now + 600, ...options.claims };
  const signingInput = `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
  const key = crypto.createPrivateKey(options.keyPem);
  const signature = alg === 'PS256'
    ? crypto.sign('sha256', Buffer.from(signingInput), { key, padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: crypto.constants.RSA_PSS_SALTLEN_DIGEST })
    : crypto.sign('sha256', Buffer.from(signingInput), key);
  return `${signingInput}.${signature.toString('base64url')}`;
}

/** Bundles a TypeScript entry into a temp .js file so a child process can run it (jest's swc is in-process only). */
export function bundleForChild(entry: string): string {
  const esbuild = require('esbuild') as typeof import('esbuild');
  const outfile = path.join(tempFolder('psnode-bundle-'), `${path.basename(entry, '.ts')}.js`);
  esbuild.buildSync({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['@azure/msal-node', 'node-forge', 'jose'],
    nodePaths: [path.resolve(__dirname, '../../node_modules')],
    logLevel: 'silent',
  });
  return outfile;
}

export const REPO_ROOT = path.resolve(__dirname, '../..');

let keyTemplate: Promise<string> | undefined;
const KEY_FILES = ['ca-cert.pem', 'ca-key.pem', 'tls-cert.pem', 'tls-key.pem', 'token-signing-key.pem'];

/** A fresh sandbox folder holding this test file's keys (generated once per file: RSA keygen is slow). */
export async function keyedLocation(): Promise<string> {
  keyTemplate ??= (async () => {
    const { loadPki } = await import('../../src/sandbox/pki');
    const template = tempFolder('psnode-keys-');
    await loadPki(template);
    return template;
  })();
  const template = await keyTemplate;
  const location = tempFolder();
  for (const file of KEY_FILES) fs.copyFileSync(path.join(template, file), path.join(location, file));
  return location;
}

/** Hooks that generate keys get more than jest's default 30 s on a busy machine. */
export const KEYGEN_TIMEOUT_MS = 120_000;

export interface RawExchange {
  /** The status of the first response, or undefined when the server closed without one. */
  status?: number;
  /** Everything the server sent. */
  text: string;
  /** The server closed the connection (rather than our timeout ending it). */
  closed: boolean;
  /** Our timeout ended the exchange: no answer and no close in time. */
  hung: boolean;
}

/** Sends raw bytes on a fresh TCP or TLS connection and collects what comes back until the server closes, a response
 * is complete and `untilFirstResponse` is set, or `timeoutMs` passes. */
export function rawExchange(port: number, bytes: Buffer | string, options: { tls?: boolean; timeoutMs?: number; untilFirstResponse?: boolean; endInput?: boolean } = {}): Promise<RawExchange> {
  return new Promise((resolve) => {
    const net = require('node:net') as typeof import('node:net');
    const socket = options.tls
      ? tls.connect({ port, host: '127.0.0.1', rejectUnauthorized: false })
      : net.connect({ port, host: '127.0.0.1' });
    const chunks: Buffer[] = [];
    let done = false;
    const finish = (closed: boolean, hung: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      const text = Buffer.concat(chunks).toString('latin1');
      const match = /^HTTP\/1\.[01] (\d{3})/.exec(text);
      resolve({ status: match ? Number(match[1]) : undefined, text, closed, hung });
    };
    const timer = setTimeout(() => finish(false, chunks.length === 0), options.timeoutMs ?? 5000);
    socket.once(options.tls ? 'secureConnect' : 'connect', () => {
      socket.write(bytes);
      if (options.endInput) socket.end();
    });
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      if (options.untilFirstResponse && responseComplete(Buffer.concat(chunks).toString('latin1'))) finish(false, false);
    });
    socket.on('error', () => finish(true, false));
    socket.on('close', () => finish(true, false));
  });
}

/** Whether `text` holds at least one whole HTTP response (Content-Length or chunked). */
function responseComplete(text: string): boolean {
  const end = text.indexOf('\r\n\r\n');
  if (end < 0) return false;
  const head = text.slice(0, end).toLowerCase();
  const length = /\r\ncontent-length: *(\d+)/.exec(head);
  if (length) return text.length - end - 4 >= Number(length[1]);
  if (head.includes('transfer-encoding: chunked')) return text.includes('\r\n0\r\n\r\n', end);
  return false;
}
