// A self-signed RSA-2048 certificate for tests (key from node:crypto, certificate built with node-forge).
import crypto from 'node:crypto';

export interface TestCertificate {
  certificatePem: string;
  privateKeyPem: string;
  publicKey: crypto.KeyObject;
  sha1Hex: string;
  sha256Hex: string;
  der: Buffer;
}

export function makeTestCertificate(commonName = 'psnode-test'): TestCertificate {
  const forge = require('node-forge') as typeof import('node-forge');
  const { privateKey, publicKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const privateKeyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const certificate = forge.pki.createCertificate();
  certificate.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString());
  certificate.serialNumber = '01';
  certificate.validity.notBefore = new Date(Date.now() - 60_000);
  certificate.validity.notAfter = new Date(Date.now() + 365 * 86_400_000);
  const subject = [{ name: 'commonName', value: commonName }];
  certificate.setSubject(subject);
  certificate.setIssuer(subject);
  certificate.sign(forge.pki.privateKeyFromPem(privateKeyPem), forge.md.sha256.create());
  const certificatePem = forge.pki.certificateToPem(certificate);
  const der = Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(certificate)).getBytes(), 'binary');
  return {
    certificatePem,
    privateKeyPem,
    publicKey,
    der,
    sha1Hex: crypto.createHash('sha1').update(der).digest('hex').toUpperCase(),
    sha256Hex: crypto.createHash('sha256').update(der).digest('hex').toUpperCase(),
  };
}
