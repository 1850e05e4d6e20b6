// The Certificate provider's texts (CertificateProviderStrings, reference/pwsh-format.md §1.4).
export const CertificateProviderMsg = {
  CertificateNotFound: 'Cannot find the X509 certificate at path {0}.',
  CertificateStoreNotFound: 'Cannot find the X509 certificate store at path {0}.',
  CertificateStoreLocationNotFound: 'Cannot find the certificate store because the specified X509 store location {0} is not valid.',
} as const;
