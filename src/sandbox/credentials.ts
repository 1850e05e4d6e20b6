// Credential records: salted secret hashes checked in constant time, and certificate key credentials (public part only).
import crypto from 'node:crypto';
import type { KeyCredential, PasswordCredential } from './model';

// Secrets are server-generated random values (or the documented demo value), so one salted SHA-256 is enough; a slow
// KDF would only add latency to every token request.
function digest(salt: string, secret: string): Buffer {
  return crypto.createHash('sha256').update(Buffer.from(salt, 'base64')).update(secret, 'utf8').digest();
}

export function newSecretText(): string {
  // Entra's secrets are 40 characters of URL-safe text; 30 random bytes in base64url give exactly that.
  return crypto.randomBytes(30).toString('base64url');
}

export function passwordCredential(secret: string, displayName: string, start: Date, end: Date, keyId = crypto.randomUUID()): PasswordCredential {
  const salt = crypto.randomBytes(16).toString('base64');
  return {
    keyId,
    displayName,
    hint: secret.slice(0, 3),
    salt,
    hash: digest(salt, secret).toString('base64'),
    startDateTime: start.toISOString(),
    endDateTime: end.toISOString(),
  };
}

export function secretMatches(credential: PasswordCredential, secret: string): boolean {
  const expected = Buffer.from(credential.hash, 'base64');
  const actual = digest(credential.salt, secret);
  return expected.length === actual.length && crypto.timingSafeEqual(expected, actual);
}

export function isWithin(window: { startDateTime: string; endDateTime: string }, now: Date): boolean {
  const t = now.getTime();
  return Date.parse(window.startDateTime) <= t && t <= Date.parse(window.endDateTime);
}

/** A key credential from a certificate PEM (or DER as base64): the validity window comes from the certificate. */
export function keyCredentialFromCertificate(certificate: string, displayName?: string, keyId = crypto.randomUUID()): KeyCredential {
  const x509 = new crypto.X509Certificate(certificate.includes('-----BEGIN') ? certificate : Buffer.from(certificate, 'base64'));
  return {
    keyId,
    displayName: displayName ?? x509.subject.split('\n').map((part) => part.trim()).reverse().join(', '),
    thumbprintSha1: crypto.createHash('sha1').update(x509.raw).digest('hex').toUpperCase(),
    thumbprintSha256: crypto.createHash('sha256').update(x509.raw).digest('hex').toUpperCase(),
    certificatePem: x509.toString(),
    startDateTime: new Date(x509.validFrom).toISOString(),
    endDateTime: new Date(x509.validTo).toISOString(),
  };
}

/** base64url of the hash, as the JWT header's x5t / x5t#S256 carries it, back to upper-case hex. */
export function x5tToHex(x5t: string): string {
  return Buffer.from(x5t, 'base64url').toString('hex').toUpperCase();
}
