// OID names. `friendlyName` is what .NET's Oid.FriendlyName answers on Linux (recorded from pwsh 7.6.9);
// `windowsEkuName` is the Windows CryptoAPI name the Cert: provider's EnhancedKeyUsageList shows
// (reference/pwsh-format.md §1.3 and §1.5, the New-SelfSignedCertificate docs).

export const Oids = {
  rsa: '1.2.840.113549.1.1.1',
  ecPublicKey: '1.2.840.10045.2.1',
  sha1Rsa: '1.2.840.113549.1.1.5',
  sha256Rsa: '1.2.840.113549.1.1.11',
  sha384Rsa: '1.2.840.113549.1.1.12',
  sha512Rsa: '1.2.840.113549.1.1.13',
  sha1Ecdsa: '1.2.840.10045.4.1',
  sha256Ecdsa: '1.2.840.10045.4.3.2',
  sha384Ecdsa: '1.2.840.10045.4.3.3',
  sha512Ecdsa: '1.2.840.10045.4.3.4',
  p256: '1.2.840.10045.3.1.7',
  p384: '1.3.132.0.34',
  p521: '1.3.132.0.35',
  subjectKeyIdentifier: '2.5.29.14',
  keyUsage: '2.5.29.15',
  subjectAltName: '2.5.29.17',
  issuerAltName: '2.5.29.18',
  basicConstraints: '2.5.29.19',
  authorityKeyIdentifier: '2.5.29.35',
  extendedKeyUsage: '2.5.29.37',
  certificatePolicies: '2.5.29.32',
  serverAuth: '1.3.6.1.5.5.7.3.1',
  clientAuth: '1.3.6.1.5.5.7.3.2',
  codeSigning: '1.3.6.1.5.5.7.3.3',
  documentEncryption: '1.3.6.1.4.1.311.80.1',
  upn: '1.3.6.1.4.1.311.20.2.3',
  commonName: '2.5.4.3',
  email: '1.2.840.113549.1.9.1',
  // PKCS#7 / PKCS#12
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  encryptedData: '1.2.840.113549.1.7.6',
  keyBag: '1.2.840.113549.1.12.10.1.1',
  shroudedKeyBag: '1.2.840.113549.1.12.10.1.2',
  certBag: '1.2.840.113549.1.12.10.1.3',
  x509Certificate: '1.2.840.113549.1.9.22.1',
  friendlyNameAttribute: '1.2.840.113549.1.9.20',
  localKeyIdAttribute: '1.2.840.113549.1.9.21',
  pbes2: '1.2.840.113549.1.5.13',
  pbkdf2: '1.2.840.113549.1.5.12',
  hmacSha1: '1.2.840.113549.2.7',
  hmacSha256: '1.2.840.113549.2.9',
  hmacSha384: '1.2.840.113549.2.10',
  hmacSha512: '1.2.840.113549.2.11',
  aes128Cbc: '2.16.840.1.101.3.4.1.2',
  aes192Cbc: '2.16.840.1.101.3.4.1.22',
  aes256Cbc: '2.16.840.1.101.3.4.1.42',
  desEde3Cbc: '1.2.840.113549.3.7',
  pbeSha1TripleDes: '1.2.840.113549.1.12.1.3',
  pbeSha1Rc2_40: '1.2.840.113549.1.12.1.6',
  pbeSha1Rc2_128: '1.2.840.113549.1.12.1.5',
  sha1: '1.3.14.3.2.26',
  sha256: '2.16.840.1.101.3.4.2.1',
  sha384: '2.16.840.1.101.3.4.2.2',
  sha512: '2.16.840.1.101.3.4.2.3',
} as const;

const friendlyNames: Record<string, string> = {
  [Oids.rsa]: 'RSA',
  [Oids.ecPublicKey]: 'ECC',
  [Oids.sha1Rsa]: 'sha1RSA',
  [Oids.sha256Rsa]: 'sha256RSA',
  [Oids.sha384Rsa]: 'sha384RSA',
  [Oids.sha512Rsa]: 'sha512RSA',
  '1.2.840.113549.1.1.10': 'RSASSA-PSS',
  [Oids.sha1Ecdsa]: 'sha1ECDSA',
  [Oids.sha256Ecdsa]: 'sha256ECDSA',
  [Oids.sha384Ecdsa]: 'sha384ECDSA',
  [Oids.sha512Ecdsa]: 'sha512ECDSA',
  [Oids.p256]: 'ECDSA_P256',
  [Oids.p384]: 'ECDSA_P384',
  [Oids.p521]: 'ECDSA_P521',
  [Oids.subjectKeyIdentifier]: 'X509v3 Subject Key Identifier',
  [Oids.keyUsage]: 'X509v3 Key Usage',
  [Oids.subjectAltName]: 'X509v3 Subject Alternative Name',
  [Oids.issuerAltName]: 'X509v3 Issuer Alternative Name',
  [Oids.basicConstraints]: 'X509v3 Basic Constraints',
  [Oids.authorityKeyIdentifier]: 'X509v3 Authority Key Identifier',
  [Oids.extendedKeyUsage]: 'X509v3 Extended Key Usage',
  [Oids.certificatePolicies]: 'X509v3 Certificate Policies',
  '2.5.29.31': 'X509v3 CRL Distribution Points',
  '1.3.6.1.5.5.7.1.1': 'Authority Information Access',
  '2.16.840.1.113730.1.1': 'Netscape Cert Type',
  [Oids.serverAuth]: 'TLS Web Server Authentication',
  [Oids.clientAuth]: 'TLS Web Client Authentication',
  [Oids.codeSigning]: 'Code Signing',
  '1.3.6.1.5.5.7.3.4': 'E-mail Protection',
  '1.3.6.1.5.5.7.3.5': 'IPSec End System',
  '1.3.6.1.5.5.7.3.6': 'IPSec Tunnel',
  '1.3.6.1.5.5.7.3.7': 'IPSec User',
  '1.3.6.1.5.5.7.3.8': 'Time Stamping',
  '1.3.6.1.5.5.7.3.9': 'OCSP Signing',
  '2.5.29.37.0': 'Any Extended Key Usage',
  '1.3.6.1.4.1.311.10.3.4': 'Microsoft Encrypted File System',
  '1.3.6.1.4.1.311.20.2.2': 'Microsoft Smartcard Login',
  // Name attributes: these are also the keys X500DistinguishedName.Name prints.
  [Oids.commonName]: 'CN',
  '2.5.4.4': 'SN',
  '2.5.4.5': 'SERIALNUMBER',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'S',
  '2.5.4.9': 'STREET',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.12': 'T',
  '2.5.4.17': 'PostalCode',
  '2.5.4.42': 'G',
  '2.5.4.43': 'I',
  '2.5.4.46': 'dnQualifier',
  [Oids.email]: 'E',
  '0.9.2342.19200300.100.1.1': 'userId',
  '0.9.2342.19200300.100.1.25': 'DC',
};

/** Oid.FriendlyName as .NET on Linux answers it; '' when it has none. */
export function friendlyName(oid: string): string {
  return friendlyNames[oid] ?? '';
}

/** The OID a name attribute key stands for (CN, O, ... or OID.1.2.3), for parsing `-Subject` strings. */
export function nameAttributeOid(key: string): string | undefined {
  const upper = key.toUpperCase();
  if (upper.startsWith('OID.')) return key.slice(4);
  if (/^\d+(\.\d+)+$/.test(key)) return key;
  for (const [oid, name] of Object.entries(friendlyNames)) {
    if (oid.startsWith('2.5.4.') || oid === Oids.email || oid.startsWith('0.9.2342.')) {
      if (name.toUpperCase() === upper) return oid;
    }
  }
  // Windows CertStrToName also accepts these spellings.
  return ({ EMAIL: Oids.email, ST: '2.5.4.8', SERIALNUMBER: '2.5.4.5', UID: '0.9.2342.19200300.100.1.1' } as Record<string, string>)[upper];
}

const windowsEkuNames: Record<string, string> = {
  [Oids.serverAuth]: 'Server Authentication',
  [Oids.clientAuth]: 'Client Authentication',
  [Oids.codeSigning]: 'Code Signing',
  '1.3.6.1.5.5.7.3.4': 'Secure Email',
  '1.3.6.1.5.5.7.3.8': 'Time Stamping',
  '1.3.6.1.5.5.7.3.9': 'OCSP Signing',
  [Oids.documentEncryption]: 'Document Encryption',
  '1.3.6.1.4.1.311.10.3.4': 'Encrypting File System',
  '1.3.6.1.4.1.311.20.2.2': 'Smart Card Logon',
  '1.3.6.1.4.1.311.42.2.6': 'WiFi-Machine',
};

/** The EKU name Windows shows in EnhancedKeyUsageList; '' when it has none (then only the OID shows). */
export function windowsEkuName(oid: string): string {
  return windowsEkuNames[oid] ?? '';
}
