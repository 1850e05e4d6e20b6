import { type CertificateStores, findSigningCertificate, type SigningCertificate, type StoreLocation } from '../../src/identity/certificate-lookup';

const day = 86_400_000;
const now = new Date('2026-11-27T08:00:00Z');

function certificate(thumbprint: string, subject: string, notBefore: number, notAfter: number): SigningCertificate {
  return {
    thumbprint,
    subject,
    notBefore: new Date(now.getTime() + notBefore * day),
    notAfter: new Date(now.getTime() + notAfter * day),
    der: Buffer.from(thumbprint),
    privateKeyPem: () => `key of ${thumbprint}`,
  };
}

function stores(contents: Partial<Record<StoreLocation, SigningCertificate[]>>): CertificateStores {
  return { certificates: (location) => contents[location] ?? [] };
}

const T1 = 'A1'.repeat(20);
const T2 = 'B2'.repeat(20);
const T3 = 'C3'.repeat(20);

test('by thumbprint, without regard to case', () => {
  const found = findSigningCertificate(stores({ CurrentUser: [certificate(T1, 'CN=One', -1, 1)] }), { thumbprint: T1.toLowerCase() }, now);
  expect(found.thumbprint).toBe(T1);
});

test('by subject name: the full distinguished name, newest NotBefore first', () => {
  const older = certificate(T1, 'CN=App', -30, 30);
  const newer = certificate(T2, 'CN=App', -2, 30);
  expect(findSigningCertificate(stores({ CurrentUser: [older, newer] }), { subjectName: 'cn=app' }, now).thumbprint).toBe(T2);
  expect(() => findSigningCertificate(stores({ CurrentUser: [older] }), { subjectName: 'App' }, now)).toThrow(
    "Certificate with subject name 'App' was not found in certificate store or has expired.",
  );
});

test('subject name wins over thumbprint when both are given', () => {
  const store = stores({ CurrentUser: [certificate(T1, 'CN=One', -1, 1), certificate(T2, 'CN=Two', -1, 1)] });
  expect(findSigningCertificate(store, { subjectName: 'CN=Two', thumbprint: T1 }, now).thumbprint).toBe(T2);
});

test('CurrentUser\\My first, then LocalMachine\\My', () => {
  const store = stores({ CurrentUser: [certificate(T1, 'CN=Mine', -1, 1)], LocalMachine: [certificate(T2, 'CN=Machine', -1, 1), certificate(T3, 'CN=Mine', -1, 9)] });
  expect(findSigningCertificate(store, { thumbprint: T2 }, now).thumbprint).toBe(T2);
  expect(findSigningCertificate(store, { subjectName: 'CN=Mine' }, now).thumbprint).toBe(T1);
});

test('expired and not-yet-valid certificates are invisible: "not found or has expired"', () => {
  const store = stores({ CurrentUser: [certificate(T1, 'CN=Old', -30, -1), certificate(T2, 'CN=Future', 1, 30)] });
  expect(() => findSigningCertificate(store, { thumbprint: T1 }, now)).toThrow(
    `Certificate with thumbprint '${T1}' was not found in certificate store or has expired.`,
  );
  expect(() => findSigningCertificate(store, { subjectName: 'CN=Future' }, now)).toThrow(/^Certificate with subject name 'CN=Future' was not found/);
});
