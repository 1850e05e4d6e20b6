// The X509Certificate2 model against what .NET prints (fixtures/expected.txt, recorded by fixtures/record.ps1).
import { readFileSync } from 'fs';
import { inspect } from 'util';
import { join } from 'path';
import { loadCertificate, loadCertificateFile, X509Certificate2 } from '../../src/pki';
import { privateKeyOf } from '../../src/pki/certificate';
import { FIXTURES } from './helpers';

process.env.TZ = 'UTC';

/** The same layout record.ps1 prints, from psnode's model. */
function show(name: string, cert: X509Certificate2): string {
  const lines = [
    `=== ${name}`,
    `Subject: ${cert.subject}`,
    `Issuer: ${cert.issuer}`,
    `Thumbprint: ${cert.thumbprint}`,
    `SerialNumber: ${cert.serialNumber}`,
    `Version: ${cert.version}`,
    `HasPrivateKey: ${cert.hasPrivateKey ? 'True' : 'False'}`,
    `SignatureAlgorithm: ${cert.signatureAlgorithm.friendlyName} ${cert.signatureAlgorithm.value}`,
    `PublicKey: ${cert.publicKey.oid.friendlyName} ${cert.publicKey.oid.value}`,
    `SHA256: ${cert.getCertHashString('SHA256')}`,
    ...cert.extensions.map((e) => `Extension: ${e.oid.value} | ${e.oid.friendlyName} | ${e.critical ? 'True' : 'False'} | ${e.format(false)}`),
    '--- ToString()',
    cert.toString(),
    '--- ToString($true)',
    cert.toString(true),
  ];
  return lines.map((line) => line + '\n').join('');
}

const fixture = (name: string) => join(FIXTURES, name);

const recorded = readFileSync(fixture('expected.txt'), 'utf8')
  .split(/(?==== )/)
  .map((block) => [block.slice(4, block.indexOf('\n')), block] as const);
const expected = new Map(recorded);

test.each([
  ['rsa.cer', undefined],
  ['ec.pem', undefined],
  ['onlyo.pem', undefined],
  ['pathlen-policy.pem', undefined],
  ['rsa-secret.pfx', 'secret'],
  ['dotnet-store.pfx', undefined],
  ['dotnet-export-pw.pfx', 'pw'],
])('%s: properties, extensions and both ToString forms match .NET byte for byte', (name, password) => {
  const cert = loadCertificateFile(fixture(name), { password: password ?? null });
  expect(show(name, cert)).toBe(expected.get(name));
});

test('the Cert: provider lists: EnhancedKeyUsageList in Windows names, DnsNameList from the SAN', () => {
  const cert = loadCertificateFile(fixture('rsa.cer'));
  expect(cert.enhancedKeyUsageList.map(String)).toEqual([
    'Client Authentication (1.3.6.1.5.5.7.3.2)',
    'Server Authentication (1.3.6.1.5.5.7.3.1)',
    'Code Signing (1.3.6.1.5.5.7.3.3)',
  ]);
  expect(cert.enhancedKeyUsageList.map((e) => e.friendlyName)).toEqual(['Client Authentication', 'Server Authentication', 'Code Signing']);
  expect(cert.dnsNameList.map(String)).toEqual(['www.contoso.com', 'contoso.com']);
  const onlyOrg = loadCertificateFile(fixture('onlyo.pem'));
  expect(onlyOrg.enhancedKeyUsageList).toEqual([]);
  expect(onlyOrg.dnsNameList).toEqual([]);
});

test('dates and raw data', () => {
  const cert = loadCertificateFile(fixture('rsa.cer'));
  expect(cert.notBefore.toISOString()).toBe('2026-11-27T07:31:35.000Z');
  expect(cert.notAfter.toISOString()).toBe('2027-11-27T07:31:35.000Z');
  expect(cert.getRawCertData().equals(readFileSync(fixture('rsa.cer')))).toBe(true);
  expect(cert.publicKey.keySize).toBe(2048);
});

test('the private key never shows in a string, JSON or inspect form', () => {
  const cert = loadCertificateFile(fixture('rsa-secret.pfx'), { password: 'secret' });
  expect(cert.hasPrivateKey).toBe(true);
  const key = privateKeyOf(cert)!;
  const jwk = key.export({ format: 'jwk' }) as Record<string, string>;
  const secrets = [jwk.d, jwk.p, jwk.q, key.export({ type: 'pkcs8', format: 'der' }).toString('base64').slice(40, 100)];
  const forms = [cert.toString(), cert.toString(true), JSON.stringify(cert), inspect(cert, { depth: 10, showHidden: true }), String(cert)];
  for (const form of forms) {
    expect(form).not.toMatch(/PRIVATE KEY/);
    for (const secret of secrets) expect(form).not.toContain(secret);
  }
});

test.each([
  ['a truncated PFX', (b: Buffer): Buffer => b.subarray(0, 500), 'secret', 'Error occurred during a cryptographic operation.'],
  ['garbage', () => Buffer.from('hello\n'), null, 'ASN1 corrupted data.'],
  ['the wrong password', (b: Buffer) => b, 'wrong', 'The certificate data cannot be read with the provided password, the password may be incorrect.'],
  ['no password for a protected PFX', (b: Buffer) => b, null, 'The certificate data cannot be read with the provided password, the password may be incorrect.'],
])('%s fails with .NET\'s text', (_, mutate, password, message) => {
  const bytes = mutate(readFileSync(fixture('rsa-secret.pfx')));
  expect(() => loadCertificate(bytes, { password })).toThrow(message);
});

test('a missing file and a key-only PEM fail as in .NET', () => {
  expect(() => loadCertificateFile(fixture('missing.cer'))).toThrow('error:10000080:BIO routines::no such file');
  const keyOnly = '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n';
  expect(() => loadCertificate(Buffer.from(keyOnly))).toThrow('ASN1 corrupted data.');
});

test('Extensions holds .NET\'s specialised extension classes with their decoded values', () => {
  const {
    X509SubjectKeyIdentifierExtension, X509AuthorityKeyIdentifierExtension, X509BasicConstraintsExtension, X509KeyUsageExtension,
    X509SubjectAlternativeNameExtension, X509EnhancedKeyUsageExtension,
  } = require('../../src/pki');
  const ec = loadCertificateFile(fixture('ec.pem'));
  expect(ec.extensions.map((e) => e.constructor)).toEqual([
    X509SubjectKeyIdentifierExtension, X509AuthorityKeyIdentifierExtension, X509BasicConstraintsExtension, X509KeyUsageExtension, X509SubjectAlternativeNameExtension,
  ]);
  const [ski, aki, basic, keyUsage] = ec.extensions as any[];
  // Values as pwsh printed them for this certificate (SubjectKeyIdentifier, CertificateAuthority, KeyUsages = 191).
  expect(ski.subjectKeyIdentifier.toString('hex').toUpperCase()).toBe('B92FC2C3B02D62AE2B68A2433F0D6FB3D64AF683');
  expect(aki.keyIdentifier.equals(ski.subjectKeyIdentifier)).toBe(true);
  expect([basic.certificateAuthority, basic.pathLengthConstraint]).toEqual([true, undefined]);
  expect(keyUsage.keyUsages).toBe(1 + 2 + 4 + 8 + 16 + 32 + 128);
  const eku = loadCertificateFile(fixture('rsa.cer')).extensions[4];
  expect(eku).toBeInstanceOf(X509EnhancedKeyUsageExtension);
  expect((eku as any).enhancedKeyUsages.map((o: { value: string; friendlyName: string }) => `${o.value} ${o.friendlyName}`)).toEqual([
    '1.3.6.1.5.5.7.3.2 TLS Web Client Authentication',
    '1.3.6.1.5.5.7.3.1 TLS Web Server Authentication',
    '1.3.6.1.5.5.7.3.3 Code Signing',
  ]);
});
