// The certificate lookup Connect-MgGraph / Connect-Entra do (reference/entra.md §5): CurrentUser\My then
// LocalMachine\My, time-valid certificates only, matched by thumbprint (any case) or full subject DN, newest
// NotBefore first.
import { X509Certificate2 } from './certificate';
import { encodeDistinguishedName, parseDistinguishedName, X500DistinguishedName } from './distinguished-name';
import { CertificateStore, StoreWarning } from './store';

export interface LookupResult {
  certificate?: X509Certificate2;
  warnings: StoreWarning[];
}

/** The subject DN as .NET would print it, so `CN=a,O=b` and `CN=a, O=b` compare equal; undefined when unparsable. */
function normalizeSubject(subject: string): string | undefined {
  try {
    return new X500DistinguishedName(encodeDistinguishedName(parseDistinguishedName(subject))).name.toLowerCase();
  } catch {
    return undefined;
  }
}

function newestValid(candidates: X509Certificate2[], when: Date): X509Certificate2 | undefined {
  return candidates.filter((c) => c.isTimeValid(when)).sort((a, b) => b.notBefore.getTime() - a.notBefore.getTime())[0];
}

function searchMyStores(match: (certificate: X509Certificate2) => boolean, when: Date): LookupResult {
  const warnings: StoreWarning[] = [];
  for (const location of ['CurrentUser', 'LocalMachine'] as const) {
    const listing = new CertificateStore(location, 'My').list();
    warnings.push(...listing.warnings);
    const found = newestValid(listing.certificates.filter(match), when);
    if (found) return { certificate: found, warnings };
  }
  return { warnings };
}

export function findByThumbprint(thumbprint: string, when: Date = new Date()): LookupResult {
  const wanted = thumbprint.toUpperCase();
  return searchMyStores((certificate) => certificate.thumbprint === wanted, when);
}

export function findBySubjectName(subject: string, when: Date = new Date()): LookupResult {
  const wanted = normalizeSubject(subject);
  if (wanted === undefined) return { warnings: [] };
  return searchMyStores((certificate) => certificate.subject.toLowerCase() === wanted, when);
}
