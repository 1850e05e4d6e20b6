// The Cert: drive: the Certificate provider's registration (the host adds it to ADDITIONAL_PROVIDERS) and the
// registration of the certificate types scripts see ([X509Certificate2]::new, provider output).
import type { ProviderRegistration } from '../../runtime/providers-api';
import { registerType } from '../../runtime/values';
import { CertificateProvider } from './certificate-provider';

export { CertificateProvider } from './certificate-provider';
export { X509Store, X509StoreLocation } from './store-objects';

let typesRegistered = false;

/**
 * Registers X509Certificate2 and its companion types. Eagerly: provider output may show an X509Store before any
 * certificate, and class names are not stable keys in a bundle. src/pki loads no node-forge at this point.
 */
export function registerCertificateTypes(): void {
  if (typesRegistered) return;
  typesRegistered = true;
  const types = require('./types') as typeof import('./types');
  for (const adapter of [types.certificateAdapter, ...types.supportingAdapters]) registerType(adapter);
}

export function certificateProviderRegistration(): ProviderRegistration {
  registerCertificateTypes();
  return { provider: new CertificateProvider(), drives: [{ name: 'Cert', root: '', description: 'X509 Certificate Provider' }] };
}
