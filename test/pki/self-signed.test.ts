// New-SelfSignedCertificate's factory: every option of the PKI module, checked on the certificate it produces.
import { X509Certificate as NodeX509 } from 'crypto';
import { createSelfSignedCertificate, exportPfx, loadCertificate, Oid, X509Certificate2 } from '../../src/pki';
import { decode, readOid } from '../../src/pki/der';
import { privateKeyOf } from '../../src/pki/certificate';

const extensionSummary = (cert: X509Certificate2) => cert.extensions.map((e) => `${e.oid.value}${e.critical ? '!' : ''} ${e.format(false)}`);

test('the companion page\'s certificate: RSA 2048, SHA256, exportable, default SSL server usages', () => {
  const cert = createSelfSignedCertificate({
    subject: 'CN=myCert',
    keyExportPolicy: 'Exportable',
    keySpec: 'Signature',
    keyLength: 2048,
    keyAlgorithm: 'RSA',
    hashAlgorithm: 'SHA256',
  });
  expect(cert.subject).toBe('CN=myCert');
  expect(cert.issuer).toBe('CN=myCert');
  expect(cert.version).toBe(3);
  expect(cert.hasPrivateKey).toBe(true);
  expect(cert.publicKey.keySize).toBe(2048);
  expect(cert.signatureAlgorithm.friendlyName).toBe('sha256RSA');
  expect(cert.serialNumber).toMatch(/^[0-7][0-9A-F]{31}$/);
  expect(extensionSummary(cert).slice(0, 2)).toEqual([
    '2.5.29.15! Digital Signature, Key Encipherment',
    '2.5.29.37 TLS Web Client Authentication, TLS Web Server Authentication',
  ]);
  expect(cert.extensions[2].oid.value).toBe('2.5.29.14');
  expect(cert.enhancedKeyUsageList.map(String)).toEqual(['Client Authentication (1.3.6.1.5.5.7.3.2)', 'Server Authentication (1.3.6.1.5.5.7.3.1)']);
  // Valid from ten minutes ago for one year, and the signature checks out with OpenSSL.
  const ageMinutes = (Date.now() - cert.notBefore.getTime()) / 60000;
  expect(ageMinutes).toBeGreaterThan(9.9);
  expect(ageMinutes).toBeLessThan(10.5);
  expect(cert.notAfter.getFullYear()).toBe(new Date().getFullYear() + 1);
  const node = new NodeX509(cert.rawData);
  expect(node.verify(node.publicKey)).toBe(true);
  expect(node.checkPrivateKey(privateKeyOf(cert)!)).toBe(true);
});

test.each([
  ['CodeSigningCert', ['2.5.29.15! Digital Signature', '2.5.29.37 Code Signing'], ['Code Signing (1.3.6.1.5.5.7.3.3)']],
  ['DocumentEncryptionCert', ['2.5.29.15! Key Encipherment, Data Encipherment', '2.5.29.37 1.3.6.1.4.1.311.80.1'], ['Document Encryption (1.3.6.1.4.1.311.80.1)']],
  ['Custom', [], []],
] as const)('-Type %s sets its key usage and EKU', (type, extensions, eku) => {
  const cert = createSelfSignedCertificate({ subject: 'CN=Typed', type, keyAlgorithm: 'ECDSA_nistP256' });
  expect(extensionSummary(cert).filter((e) => !e.startsWith('2.5.29.14 '))).toEqual([...extensions]);
  expect(cert.enhancedKeyUsageList.map(String)).toEqual([...eku]);
});

test('-DnsName fills the SAN, and the first name becomes subject and issuer when there is no -Subject', () => {
  const cert = createSelfSignedCertificate({ dnsName: ['www.fabrikam.com', 'www.contoso.com'], keyAlgorithm: 'ECDSA_nistP256' });
  expect(cert.subject).toBe('CN=www.fabrikam.com');
  expect(cert.issuer).toBe('CN=www.fabrikam.com');
  expect(cert.dnsNameList.map(String)).toEqual(['www.fabrikam.com', 'www.contoso.com']);
  expect(extensionSummary(cert)).toContain('2.5.29.17 DNS:www.fabrikam.com, DNS:www.contoso.com');
});

test('-Subject without "=" gets CN=; multi-part subjects keep .NET\'s order and quoting', () => {
  expect(createSelfSignedCertificate({ subject: 'localhost', keyAlgorithm: 'ECDSA_nistP256' }).subject).toBe('CN=localhost');
  const cert = createSelfSignedCertificate({ subject: 'CN=Patti Fuller,OU=UserAccounts,DC=corp,DC=contoso,DC=com', keyAlgorithm: 'ECDSA_nistP256' });
  expect(cert.subject).toBe('CN=Patti Fuller, OU=UserAccounts, DC=corp, DC=contoso, DC=com');
  const quoted = createSelfSignedCertificate({ subject: 'CN=App; O="Contoso, Ltd"', keyAlgorithm: 'ECDSA_nistP256' });
  expect(quoted.subject).toBe('CN=App, O="Contoso, Ltd"');
});

test.each([
  ['ECDSA_nistP256', 'SHA256', 'sha256ECDSA', 'ECDSA_P256'],
  ['ECDSA_nistP384', 'SHA384', 'sha384ECDSA', 'ECDSA_P384'],
  ['RSA', 'SHA512', 'sha512RSA', undefined],
  ['RSA', 'SHA1', 'sha1RSA', undefined],
  ['RSA', 'SHA384', 'sha384RSA', undefined],
] as const)('-KeyAlgorithm %s -HashAlgorithm %s signs with %s', (keyAlgorithm, hashAlgorithm, signature, curve) => {
  const cert = createSelfSignedCertificate({ subject: 'CN=Alg', keyAlgorithm, hashAlgorithm, keyLength: keyAlgorithm === 'RSA' ? 1024 : undefined });
  expect(cert.signatureAlgorithm.friendlyName).toBe(signature);
  if (curve) {
    expect(cert.publicKey.oid.friendlyName).toBe('ECC');
    expect(new Oid(readOid(decode(cert.publicKey.encodedParameters))).friendlyName).toBe(curve);
  } else {
    expect(cert.publicKey.keySize).toBe(1024);
  }
  const node = new NodeX509(cert.rawData);
  expect(node.verify(node.publicKey)).toBe(true);
});

test('-KeyLength, -NotBefore, -NotAfter, -FriendlyName, -SerialNumber', () => {
  const notBefore = new Date('2026-01-01T00:00:00Z');
  const notAfter = new Date('2051-06-30T12:00:00Z'); // after 2049: GeneralizedTime
  const cert = createSelfSignedCertificate({ subject: 'CN=Dates', keyLength: 3072, notBefore, notAfter, friendlyName: 'Friendly', serialNumber: '01A4FF2' });
  expect(cert.publicKey.keySize).toBe(3072);
  expect(cert.notBefore.toISOString()).toBe(notBefore.toISOString());
  expect(cert.notAfter.toISOString()).toBe(notAfter.toISOString());
  expect(cert.friendlyName).toBe('Friendly');
  expect(cert.serialNumber).toBe('1A4FF2'); // DER keeps no leading zero bytes
});

test('-KeyUsage replaces the type\'s usages; None drops the extension', () => {
  const cert = createSelfSignedCertificate({ subject: 'CN=Root', keyUsage: ['CertSign', 'CRLSign', 'DigitalSignature'], keyAlgorithm: 'ECDSA_nistP256' });
  expect(extensionSummary(cert)[0]).toBe('2.5.29.15! Digital Signature, Certificate Sign, CRL Sign');
  const none = createSelfSignedCertificate({ subject: 'CN=None', keyUsage: ['None'], keyAlgorithm: 'ECDSA_nistP256' });
  expect(none.findExtension('2.5.29.15')).toBeUndefined();
});

test('-TextExtension: EKU, SAN (DNS, IP, UPN, Email, URL, DirectoryName), basic constraints, {critical}, {hex} and base64', () => {
  const cert = createSelfSignedCertificate({
    type: 'Custom',
    subject: 'CN=Patti Fuller',
    keyAlgorithm: 'ECDSA_nistP256',
    textExtension: [
      '2.5.29.37={text}1.3.6.1.5.5.7.3.2,1.3.6.1.5.5.7.3.4',
      '2.5.29.17={text}DNS=localhost&IPAddress=127.0.0.1&IPAddress=::1&upn=pattifuller@contoso.com&email=patti@contoso.com&URL=https://contoso.com/x&DirectoryName=CN=Dir,O=Org',
      '2.5.29.19={critical}{text}CA=true&pathlength=0',
      '1.2.3.4={hex}0403010203',
      '1.2.3.5=BAIBAg==',
    ],
  });
  expect(extensionSummary(cert)).toEqual([
    '2.5.29.37 TLS Web Client Authentication, E-mail Protection',
    '2.5.29.17 DNS:localhost, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1, othername: UPN::pattifuller@contoso.com, email:patti@contoso.com, URI:https://contoso.com/x, DirName:/O=Org/CN=Dir',
    '2.5.29.19! CA:TRUE, pathlen:0',
    '1.2.3.4 04 03 01 02 03',
    '1.2.3.5 04 02 01 02',
    expect.stringMatching(/^2\.5\.29\.14 /),
  ]);
  expect(cert.enhancedKeyUsageList.map(String)).toEqual(['Client Authentication (1.3.6.1.5.5.7.3.2)', 'Secure Email (1.3.6.1.5.5.7.3.4)']);
  expect(cert.toString(true)).toContain('  UPN Name: pattifuller@contoso.com\n');
});

test('a bad -TextExtension or algorithm fails with CertEnroll\'s text', () => {
  const text = 'The parameter is incorrect. 0x80070057 (WIN32: 87 ERROR_INVALID_PARAMETER)';
  expect(() => createSelfSignedCertificate({ subject: 'CN=x', textExtension: ['2.5.29.17={text}bogus=1'], keyAlgorithm: 'ECDSA_nistP256' })).toThrow(text);
  expect(() => createSelfSignedCertificate({ subject: 'CN=x', textExtension: ['not an extension'], keyAlgorithm: 'ECDSA_nistP256' })).toThrow(text);
  expect(() => createSelfSignedCertificate({ subject: 'CN=x', keyAlgorithm: 'DSA' as never })).toThrow(text);
  expect(() => createSelfSignedCertificate({ subject: 'CN=x', keyAlgorithm: 'ECDSA_nistP256', hashAlgorithm: 'MD5' as never })).toThrow(text);
  expect(() => createSelfSignedCertificate({ subject: 'XYZ=foo', keyAlgorithm: 'ECDSA_nistP256' })).toThrow(
    'The string contains an invalid X500 name attribute key, oid, value or delimiter.',
  );
});

test('-Signer issues from another certificate: its subject as issuer, an AKI, and a chain that verifies to it', () => {
  const root = createSelfSignedCertificate({ subject: 'CN=P2SRootCert', type: 'Custom', keyUsage: ['CertSign'], keyAlgorithm: 'ECDSA_nistP384', hashAlgorithm: 'SHA384' });
  const child = createSelfSignedCertificate({ subject: 'CN=P2SChildCert', signer: root, textExtension: ['2.5.29.37={text}1.3.6.1.5.5.7.3.2'] });
  expect(child.issuer).toBe('CN=P2SRootCert');
  expect(child.signatureAlgorithm.friendlyName).toBe('sha256ECDSA');
  expect(child.publicKey.oid.friendlyName).toBe('RSA');
  const aki = child.findExtension('2.5.29.35')!.format(false);
  expect(aki).toBe(root.findExtension('2.5.29.14')!.format(false));
  expect(child.isIssuedBy(root)).toBe(true);
  expect(child.verify([root])).toBe(true);
  expect(child.verify([])).toBe(false);
  expect(root.verify([root])).toBe(true);
  const other = createSelfSignedCertificate({ subject: 'CN=P2SRootCert', keyAlgorithm: 'ECDSA_nistP256' });
  expect(child.verify([other])).toBe(false);
});

test('Verify() is false for a certificate outside its validity period', () => {
  const expired = createSelfSignedCertificate({ subject: 'CN=Old', keyAlgorithm: 'ECDSA_nistP256', notBefore: new Date('2020-01-01'), notAfter: new Date('2021-01-01') });
  expect(expired.verify([expired])).toBe(false);
});

test('-KeyExportPolicy NonExportable: Export-PfxCertificate is refused with Windows\' text; Exportable exports', () => {
  const locked = createSelfSignedCertificate({ subject: 'CN=Locked', keyExportPolicy: 'NonExportable', keyAlgorithm: 'ECDSA_nistP256' });
  expect(() => exportPfx(locked, { password: 'pw' })).toThrow('Cannot export non-exportable private key.');
  const open = createSelfSignedCertificate({ subject: 'CN=Open', keyAlgorithm: 'ECDSA_nistP256', friendlyName: 'fn' });
  const back = loadCertificate(exportPfx(open, { password: 'pw' }), { password: 'pw' });
  expect([back.thumbprint, back.hasPrivateKey, back.friendlyName]).toEqual([open.thumbprint, true, 'fn']);
  expect(loadCertificate(exportPfx(open, { password: 'pw', noProperties: true }), { password: 'pw' }).friendlyName).toBe('');
});
