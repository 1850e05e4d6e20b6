// Where each certificate store lives. CurrentUser is .NET's own Linux layout, so .NET and psnode share it;
// LocalMachine (which .NET on Linux limits to Root and CA) lives under psnode's home. Both read HOME / PSNODE_HOME
// at call time so tests can point them at temporary directories.
import { homedir } from 'os';
import { join } from 'path';

export type StoreLocation = 'CurrentUser' | 'LocalMachine';

export const STORE_LOCATIONS: readonly StoreLocation[] = ['CurrentUser', 'LocalMachine'];

/** The store names psnode knows, spelled as the Cert: provider shows them. */
export const STORE_NAMES = ['My', 'Root', 'CA', 'TrustedPeople', 'TrustedPublisher', 'AuthRoot', 'Disallowed'] as const;

export type StoreName = (typeof STORE_NAMES)[number];

export function userHome(): string {
  return process.env.HOME || homedir();
}

export function psnodeHome(): string {
  return process.env.PSNODE_HOME || join(userHome(), '.psnode');
}

/** The canonical spelling of a location or store name typed in any case; undefined when unknown. */
export function canonicalLocation(text: string): StoreLocation | undefined {
  return STORE_LOCATIONS.find((location) => location.toLowerCase() === text.toLowerCase());
}

export function canonicalStoreName(text: string): StoreName | undefined {
  return STORE_NAMES.find((name) => name.toLowerCase() === text.toLowerCase());
}

export function storeRoot(location: StoreLocation): string {
  return location === 'CurrentUser'
    ? join(userHome(), '.dotnet', 'corefx', 'cryptography', 'x509stores')
    : join(psnodeHome(), 'x509stores', 'localmachine');
}

/** A store's directory: .NET lower-cases the store name. */
export function storeDirectory(location: StoreLocation, name: string): string {
  return join(storeRoot(location), name.toLowerCase());
}
