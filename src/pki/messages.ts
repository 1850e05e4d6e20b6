// Every user-visible text of the certificate layer, copied from .NET 10 as pwsh 7.6.9 shows it on Linux, or from
// Windows' PKI module where Linux has no equivalent (each entry says which). `{0}` holes are filled by formatMessage.

export const messages = {
  // .NET CryptographicException texts (pwsh: [X509Certificate2]::new on bad files).
  AsnCorrupt: 'ASN1 corrupted data.',
  CryptographicOperation: 'Error occurred during a cryptographic operation.',
  BadPassword: 'The certificate data cannot be read with the provided password, the password may be incorrect.',
  NoSuchFile: 'error:10000080:BIO routines::no such file',
  InvalidContentType: 'Invalid content type.',
  InvalidDistinguishedName: 'The string contains an invalid X500 name attribute key, oid, value or delimiter.',
  // .NET OpenSslDirectoryBasedStoreProvider (pwsh: X509Store.Add on a bad store directory).
  InvalidDirectoryPermissions:
    "Invalid directory permissions. The directory '{0}' must be readable, writable and executable by the owner.",
  OwnerNotCurrentUser: "The owner of '{0}' is not the current user.",
  // Windows PKI module, Export-PfxCertificate on a NonExportable key.
  NonExportableKey: 'Cannot export non-exportable private key.',
  // Windows CertEnroll's text for a value it cannot encode (a bad -TextExtension, -KeyAlgorithm or -HashAlgorithm).
  InvalidTextExtension: 'The parameter is incorrect. 0x80070057 (WIN32: 87 ERROR_INVALID_PARAMETER)',
} as const;

export type MessageId = keyof typeof messages;

export function formatMessage(id: MessageId, ...args: unknown[]): string {
  return messages[id].replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)]));
}
