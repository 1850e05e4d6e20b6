// The sign-in lookup over the real stores (reference/entra.md §5) and the material sign-in takes from a certificate.
import { createHash, createPublicKey, X509Certificate as NodeX509 } from 'crypto';
import { CertificateStore, createSelfSignedCertificate, findBySubjectName, findByThumbprint, signInMaterial, X509Certificate2 } from '../../src/pki';
import { TempHome, useTempHome } from './helpers';

let home: TempHome;
beforeEach(() => {
  home = useTempHome();
});
afterEach(() => home.restore());

const day = 86_400_000;
function stored(location: 'CurrentUser' | 'LocalMachine', subject: string, fromDays: number, toDays: number) {
  const cert = createSelfSignedCertificate({
    subject,
    keyAlgorithm: 'ECDSA_nistP256',
    notBefore: new Date(Date.now() + fromDays * day),
    notAfter: new Date(Date.now() + toDays * day),
  });
  new CertificateStore(location, 'My').add(cert);
  return cert;
}

test('by thumbprint in any case; CurrentUser\\My before LocalMachine\\My', () => {
  const mine = stored('CurrentUser', 'CN=Mine', -1, 30);
  const machine = stored('LocalMachine', 'CN=Machine', -1, 30);
  expect(findByThumbprint(mine.thumbprint.toLowerCase()).certificate?.thumbprint).toBe(mine.thumbprint);
  expect(findByThumbprint(machine.thumbprint).certificate?.thumbprint).toBe(machine.thumbprint);
  expect(findByThumbprint('AB'.repeat(20)).certificate).toBeUndefined();
});

test('by the full subject DN, spacing and case aside; newest NotBefore wins; a bare CN does not match', () => {
  stored('CurrentUser', 'CN=App, O=Contoso', -20, 30);
  const newer = stored('CurrentUser', 'CN=App, O=Contoso', -2, 30);
  stored('LocalMachine', 'CN=App, O=Contoso', -1, 30);
  expect(findBySubjectName('cn=app,o=contoso').certificate?.thumbprint).toBe(newer.thumbprint);
  expect(findBySubjectName('App').certificate).toBeUndefined();
});

test('expired and not-yet-valid certificates are invisible', () => {
  const expired = stored('CurrentUser', 'CN=Old', -30, -1);
  const future = stored('CurrentUser', 'CN=Future', 1, 30);
  expect(findByThumbprint(expired.thumbprint).certificate).toBeUndefined();
  expect(findBySubjectName('CN=Future').certificate).toBeUndefined();
  expect(future.hasPrivateKey).toBe(true);
});

test('sign-in material: PKCS#8 PEM key matching the certificate, PEM/DER, SHA-1 and SHA-256 thumbprints', () => {
  const cert = createSelfSignedCertificate({ subject: 'CN=SignIn', keyAlgorithm: 'RSA', keyLength: 2048, keyExportPolicy: 'NonExportable' });
  const material = signInMaterial(cert)!;
  expect(material.privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----\n[\s\S]+\n-----END PRIVATE KEY-----\n$/);
  expect(material.certificatePem).toMatch(/^-----BEGIN CERTIFICATE-----\n/);
  expect(new NodeX509(material.certificatePem).publicKey.export({ type: 'spki', format: 'der' })).toEqual(
    createPublicKey(material.privateKeyPem).export({ type: 'spki', format: 'der' }),
  );
  expect(material.certificateDer.equals(cert.rawData)).toBe(true);
  expect(material.thumbprint).toBe(cert.thumbprint);
  expect(material.thumbprintSha256).toBe(createHash('sha256').update(cert.rawData).digest('hex').toUpperCase());
  expect(signInMaterial(new X509Certificate2(cert.rawData))).toBeUndefined();
});
