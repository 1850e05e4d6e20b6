// The containers of the Cert: drive as objects: Microsoft.PowerShell.Commands.X509StoreLocation (Cert:\CurrentUser)
// and System.Security.Cryptography.X509Certificates.X509Store (Cert:\CurrentUser\My).
import { CertificateStore, StoreLocation, StoreName, STORE_NAMES } from '../../pki';

/** The order Windows' registry lists the stores in (reference/pwsh-format.md §1.4), restricted to psnode's stores. */
export const STORE_DISPLAY_ORDER: readonly StoreName[] = ['TrustedPublisher', 'Root', 'CA', 'AuthRoot', 'TrustedPeople', 'My', 'Disallowed'];

export class X509StoreLocation {
  constructor(readonly location: StoreLocation) {}

  /** Names of the stores this location has (each created on demand, so all of them). */
  get storeNames(): readonly StoreName[] {
    return STORE_DISPLAY_ORDER.filter((name) => STORE_NAMES.includes(name));
  }
}

export class X509Store {
  constructor(
    readonly location: StoreLocation,
    readonly name: StoreName,
  ) {}

  get store(): CertificateStore {
    return new CertificateStore(this.location, this.name);
  }
}
