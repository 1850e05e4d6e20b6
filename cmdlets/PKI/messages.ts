// The PKI module's user-visible texts beyond src/pki's catalog: Windows' own messages for what the PKI module
// reports (Win32 / CertEnroll / chain-engine texts), and the provider strings the store paths reuse.
export const PkiMsg = {
  // Win32 ERROR_NO_SUCH_DOMAIN: what -ProtectTo meets without an Active Directory domain.
  NoSuchDomain: 'The specified domain either does not exist or could not be contacted.',
  // CERT_E_UNTRUSTEDROOT and CERT_E_EXPIRED, as Test-Certificate reports them.
  UntrustedRoot: 'A certificate chain processed, but terminated in a root certificate which is not trusted by the trust provider. 0x800b0109 (-2146762487 CERT_E_UNTRUSTEDROOT)',
  Expired: 'A required certificate is not within its validity period when verifying against the current system clock or the timestamp in the signed file. 0x800b0101 (-2146762495 CERT_E_EXPIRED)',
  // Windows' texts for Import-PfxCertificate: a missing file (ERROR_FILE_NOT_FOUND) and a wrong password.
  FileNotFound: 'The system cannot find the file specified. 0x80070002 (WIN32: 2 ERROR_FILE_NOT_FOUND)',
  PfxPassword: 'The PFX file you are trying to import requires either a different password or membership in an Active Directory principal to which it is protected.',
  // The chain statuses Test-Certificate warns with.
  ChainStatus: 'Chain status: {0}',
  // Get-PfxCertificate (pwsh 7.6.9, CertificateCommands strings).
  NoneOfTheFilesFound: 'Command cannot find any of the specified files.',
  EnterPassword: 'Enter password: ',
  // CertificateProviderStrings (reference/pwsh-format.md §1.4).
  CertificateStoreNotFound: 'Cannot find the X509 certificate store at path {0}.',
  CertificateStoreLocationNotFound: 'Cannot find the certificate store because the specified X509 store location {0} is not valid.',
  // FileSystemProviderStrings, for -NoClobber on an existing file.
  FileExists: "The file '{0}' already exists.",
} as const;
