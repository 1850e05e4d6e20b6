// The certificate layer's public surface: the X509Certificate2 model, loading and exporting, the stores on disk,
// the sign-in lookup and New-SelfSignedCertificate's factory. It sits below the engine and imports none of it.
export {
  X509Certificate2,
  X509_CERTIFICATE2_TYPE,
  PublicKey,
  KeyExportPolicy,
  attachPrivateKey,
  keyExportPolicyOf,
  formatInvariantDateTime,
} from './certificate';
export { X500DistinguishedName, parseDistinguishedName, encodeDistinguishedName } from './distinguished-name';
export {
  Oid,
  X509Extension,
  X509SubjectKeyIdentifierExtension,
  X509AuthorityKeyIdentifierExtension,
  X509BasicConstraintsExtension,
  X509KeyUsageExtension,
  X509EnhancedKeyUsageExtension,
  X509SubjectAlternativeNameExtension,
  KEY_USAGE_FLAGS,
  EnhancedKeyUsageRepresentation,
  DnsNameRepresentation,
} from './extensions';
export { PkiError } from './errors';
export { messages, MessageId } from './messages';
export { LoadOptions, loadCertificate, loadCertificateFile, loadCertificates, loadPemWithKey, readCertificateFile } from './load';
export { CertificateExportType, exportCertificates, exportPfx, PfxExportOptions } from './export';
export { CertificateStore, StoreListing, StoreWarning, moveCertificate, directoryPermissionProblem } from './store';
export {
  StoreLocation,
  StoreName,
  STORE_LOCATIONS,
  STORE_NAMES,
  canonicalLocation,
  canonicalStoreName,
  storeDirectory,
  storeRoot,
  psnodeHome,
  userHome,
} from './store-paths';
export { LookupResult, findByThumbprint, findBySubjectName } from './lookup';
export { SignInMaterial, signInMaterial, certificatePem } from './sign-in-material';
export {
  CertificateType,
  HashAlgorithm,
  KeyAlgorithm,
  KeySpec,
  KeyUsageName,
  KEY_USAGE_NAMES,
  SelfSignedOptions,
  createSelfSignedCertificate,
} from './self-signed';
export { writePem } from './pem';
export { Oids } from './oids';
