// Interop with OpenSSL: what psnode exports OpenSSL reads, and what OpenSSL makes psnode imports.
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { createSelfSignedCertificate, exportCertificates, exportPfx, loadCertificate, loadCertificateFile } from '../../src/pki';
import { privateKeyOf } from '../../src/pki/certificate';
import { hasOpenssl, openssl, TempHome, useTempHome } from './helpers';

let home: TempHome;
beforeEach(() => {
  home = useTempHome();
});
afterEach(() => home.restore());

const describeOpenssl = hasOpenssl() ? describe : describe.skip;
if (!hasOpenssl()) console.warn('openssl is not installed: the OpenSSL interop tests are skipped');

describeOpenssl('with openssl', () => {
  test('Export-Certificate -Type CERT is DER that `openssl x509 -inform der` reads', () => {
    const cert = createSelfSignedCertificate({ subject: 'CN=myCert', keyAlgorithm: 'RSA', keyLength: 2048 });
    const file = join(home.dir, 'myCert.cer');
    writeFileSync(file, exportCertificates([cert], 'CERT'));
    const out = openssl(['x509', '-inform', 'der', '-in', file, '-noout', '-subject', '-fingerprint', '-sha1']).toString();
    expect(out).toContain('subject=CN = myCert');
    expect(out.toUpperCase()).toContain(`SHA1 FINGERPRINT=${cert.thumbprint.match(/../g)!.join(':')}`);
  });

  test('Export-PfxCertificate output opens with `openssl pkcs12` and the password, key included', () => {
    const cert = createSelfSignedCertificate({ subject: 'CN=myCert', keyAlgorithm: 'RSA', keyLength: 2048 });
    const file = join(home.dir, 'myCert.pfx');
    writeFileSync(file, exportPfx(cert, { password: 'P@ssw0rd!' }));
    const pem = openssl(['pkcs12', '-in', file, '-passin', 'pass:P@ssw0rd!', '-nodes']).toString();
    expect(pem).toContain('subject=CN = myCert');
    const keyPem = pem.slice(pem.indexOf('-----BEGIN PRIVATE KEY-----'));
    const modulusFromKey = openssl(['rsa', '-noout', '-modulus'], Buffer.from(keyPem)).toString();
    const modulusFromCert = openssl(['x509', '-noout', '-modulus'], Buffer.from(pem.slice(pem.indexOf('-----BEGIN CERTIFICATE-----')))).toString();
    expect(modulusFromKey).toBe(modulusFromCert);
    expect(() => openssl(['pkcs12', '-in', file, '-passin', 'pass:wrong', '-nodes'])).toThrow();
  });

  test('P7B and SST exports carry the certificate', () => {
    const cert = createSelfSignedCertificate({ subject: 'CN=Bundle', keyAlgorithm: 'ECDSA_nistP256' });
    const p7b = join(home.dir, 'bundle.p7b');
    writeFileSync(p7b, exportCertificates([cert], 'P7B'));
    expect(openssl(['pkcs7', '-inform', 'der', '-in', p7b, '-print_certs', '-noout']).toString()).toContain('subject=CN = Bundle');
    expect(loadCertificateFile(p7b).thumbprint).toBe(cert.thumbprint);
    const sst = exportCertificates([cert], 'SST');
    expect(sst.subarray(4, 8).toString('latin1')).toBe('CERT');
    expect(loadCertificate(sst).thumbprint).toBe(cert.thumbprint);
  });

  test.each([
    ['OpenSSL 3 defaults (AES-256, PBKDF2)', [] as string[]],
    ['3DES and a SHA-1 MAC', ['-certpbe', 'PBE-SHA1-3DES', '-keypbe', 'PBE-SHA1-3DES', '-macalg', 'sha1']],
    ['an unencrypted certificate bag', ['-certpbe', 'NONE']],
  ])('a PFX made by openssl with %s imports with its key', (_, options) => {
    const key = join(home.dir, 'k.pem');
    const crt = join(home.dir, 'c.pem');
    const pfx = join(home.dir, 'o.pfx');
    openssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', crt, '-subj', '/CN=openssl-made/O=Interop', '-days', '30']);
    openssl(['pkcs12', '-export', '-in', crt, '-inkey', key, '-out', pfx, '-passout', 'pass:secret', ...options]);
    const cert = loadCertificateFile(pfx, { password: 'secret' });
    expect(cert.subject).toBe('O=Interop, CN=openssl-made');
    expect(cert.hasPrivateKey).toBe(true);
    const fromPem = loadCertificateFile(crt);
    expect(fromPem.thumbprint).toBe(cert.thumbprint);
    const pkcs8 = openssl(['pkey', '-in', key]).toString();
    expect(privateKeyOf(cert)!.export({ type: 'pkcs8', format: 'pem' })).toBe(pkcs8);
    expect(() => loadCertificateFile(pfx, { password: 'nope' })).toThrow(
      'The certificate data cannot be read with the provided password, the password may be incorrect.',
    );
  });

  test('a PFX without a password (openssl -passout pass:) imports with no password given', () => {
    const key = join(home.dir, 'k.pem');
    const crt = join(home.dir, 'c.pem');
    const pfx = join(home.dir, 'nopw.pfx');
    openssl(['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-384', '-nodes', '-keyout', key, '-out', crt, '-subj', '/CN=no-password', '-days', '30']);
    openssl(['pkcs12', '-export', '-in', crt, '-inkey', key, '-out', pfx, '-passout', 'pass:']);
    const cert = loadCertificateFile(pfx);
    expect([cert.subject, cert.hasPrivateKey, cert.publicKey.oid.friendlyName]).toEqual(['CN=no-password', true, 'ECC']);
  });

  test('a DER file openssl writes loads like .cer', () => {
    const crt = join(home.dir, 'c.pem');
    openssl(['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', join(home.dir, 'k.pem'), '-out', crt, '-subj', '/CN=der', '-days', '3']);
    const der = openssl(['x509', '-in', crt, '-outform', 'der']);
    expect(loadCertificate(der).getRawCertData().equals(der)).toBe(true);
    expect(loadCertificate(readFileSync(crt)).subject).toBe('CN=der');
  });
});
