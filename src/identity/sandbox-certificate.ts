// The sandbox's demo certificate belongs in Cert:\CurrentUser\My, where the seed page's scripts look for it.
// Installed once, when the Sandbox environment is first used (psnode -Sandbox does it at start-up too).
import { DEMO, demoPfx } from '../sandbox/demo/demo-tenant';
import { loadCertificate } from '../pki/load';
import { CertificateStore } from '../pki/store';

/** Adds the demo certificate (with its key) to CurrentUser\My unless it is there; returns its thumbprint. The PFX
 * is only decoded when the store lacks it. */
export function ensureDemoCertificate(): string {
  const store = new CertificateStore('CurrentUser', 'My');
  if (!store.find(DEMO.certificateThumbprint).certificate) store.add(loadCertificate(demoPfx(), { password: null }));
  return DEMO.certificateThumbprint;
}
