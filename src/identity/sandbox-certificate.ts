// The sandbox's demo certificate belongs in Cert:\CurrentUser\My, where the seed page's scripts look for it.
// Installed once, when the Sandbox environment is first used (psnode -Sandbox does it at start-up too).
import { demoPfx } from '../sandbox/demo/demo-tenant';
import { loadCertificate } from '../pki/load';
import { CertificateStore } from '../pki/store';

/** Adds the demo certificate (with its key) to CurrentUser\My unless it is there; returns its thumbprint. */
export function ensureDemoCertificate(): string {
  const store = new CertificateStore('CurrentUser', 'My');
  const certificate = loadCertificate(demoPfx(), { password: null });
  if (!store.find(certificate.thumbprint).certificate) store.add(certificate);
  return certificate.thumbprint;
}
