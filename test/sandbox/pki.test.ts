// The sandbox's keys on disk: reused when consistent, the TLS certificate replaced when the CA did not issue it.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { loadPki } from '../../src/sandbox/pki';
import { isolateHome, keyedLocation, KEYGEN_TIMEOUT_MS, makeCertificate } from './helpers';

beforeAll(() => isolateHome());

const read = (location: string, file: string) => fs.readFileSync(path.join(location, file), 'utf8');

test('a consistent key set is reused as it is', async () => {
  const location = await keyedLocation();
  const before = ['ca-cert.pem', 'tls-cert.pem', 'token-signing-key.pem'].map((f) => read(location, f));
  const pki = await loadPki(location);
  expect([pki.caCertificatePem, pki.tlsCertificatePem, pki.tokenKey.privateKeyPem]).toEqual(before);
}, KEYGEN_TIMEOUT_MS);

test('a TLS certificate the CA did not issue is replaced by one it did, for the loopback names', async () => {
  const location = await keyedLocation();
  const stranger = makeCertificate('CN=stranger');
  fs.writeFileSync(path.join(location, 'tls-cert.pem'), stranger.certPem);
  fs.writeFileSync(path.join(location, 'tls-key.pem'), stranger.keyPem);
  const pki = await loadPki(location);
  const tls = new crypto.X509Certificate(pki.tlsCertificatePem);
  const ca = new crypto.X509Certificate(pki.caCertificatePem);
  expect(tls.checkIssued(ca) && tls.verify(ca.publicKey)).toBe(true);
  expect(tls.checkPrivateKey(crypto.createPrivateKey(pki.tlsKeyPem))).toBe(true);
  expect(tls.subjectAltName).toBe('IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1, DNS:localhost');
  expect(read(location, 'tls-cert.pem')).toBe(pki.tlsCertificatePem);
  expect(fs.statSync(path.join(location, 'tls-key.pem')).mode & 0o777).toBe(0o600);
}, KEYGEN_TIMEOUT_MS);
