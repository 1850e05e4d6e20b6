// What the PKI cmdlets share: store locations from `Cert:\...` paths, file paths through the FileSystem provider,
// passwords out of SecureStrings, PkiError → error record, and output wrapped with the Cert: provider's notes.
import type { CommandContext } from '../../../src/runtime/command-types';
import { fmt } from '../../../src/runtime/messages';
import { DateTime, ErrorRecord, PSError } from '../../../src/runtime/values';
import { providerState } from '../../../src/providers/cmdlet-support';
import { wrapItem } from '../../../src/providers';
import { canonicalLocation, canonicalStoreName, CertificateStore, PkiError, StoreLocation, StoreName, X509Certificate2 } from '../../../src/pki';
import { PkiMsg } from '../messages';

/** A SecureString's text (or a plain string), null when there is none. */
export { passwordText } from '../../../src/providers/certificate/types';

type Ctx = CommandContext<any>;

export interface StoreTarget {
  location: StoreLocation;
  name: StoreName;
  /** The path as the user gave it, for PSParentPath (its casing is kept, as the provider keeps it). */
  psPath: string;
  store: CertificateStore;
}

/** A `Cert:\Location\Store` path (or one relative to a current location inside Cert:) as a store. */
export function storeTarget(ctx: Ctx, path: string): StoreTarget {
  const state = providerState(ctx);
  const resolved = resolving(ctx, () => state.resolveLiteral(path));
  if (resolved.providerInfo.name !== 'Certificate') {
    ctx.throwTerminatingError(ctx.newError('CertificateStoreNotFound', fmt(PkiMsg.CertificateStoreNotFound, path), 'ObjectNotFound', path, 'System.Management.Automation.ItemNotFoundException'));
  }
  const [locationText = '', storeText = ''] = resolved.providerPath.split('/').filter(Boolean);
  const location = canonicalLocation(locationText);
  if (!location) {
    ctx.throwTerminatingError(ctx.newError('CertificateStoreLocationNotFound', fmt(PkiMsg.CertificateStoreLocationNotFound, locationText), 'ObjectNotFound', path, 'System.Management.Automation.ItemNotFoundException'));
  }
  const name = canonicalStoreName(storeText);
  if (!name) {
    ctx.throwTerminatingError(ctx.newError('CertificateStoreNotFound', fmt(PkiMsg.CertificateStoreNotFound, path), 'ObjectNotFound', path, 'System.Management.Automation.ItemNotFoundException'));
  }
  return { location: location!, name: name!, psPath: resolved.psPath, store: new CertificateStore(location!, name!) };
}

/** The current location when it is inside a Cert: store, else `fallback` (the PKI cmdlets' default store). */
export function defaultStorePath(ctx: Ctx, fallback: string): string {
  const here = providerState(ctx).currentLocation();
  if (here.providerInfo.name !== 'Certificate') return fallback;
  const [location, store] = here.providerPath.split(/[\\/]/).filter(Boolean);
  if (!location) return fallback;
  return store ? here.path : `${here.path.replace(/\\$/, '')}\\My`;
}

/** A -FilePath resolved through the FileSystem provider (relative to the current location). */
export function fileSystemPath(ctx: Ctx, path: string): string {
  return resolving(ctx, () => providerState(ctx).resolveLiteral(path)).providerPath;
}

/** Path resolution whose failure (a missing drive) stops the command with the provider's record, as pwsh does. */
function resolving<T>(ctx: Ctx, resolve: () => T): T {
  try {
    return resolve();
  } catch (error) {
    if (error instanceof PSError) ctx.throwTerminatingError(error.record);
    throw error;
  }
}

/** The file a cmdlet wrote, as Get-Item would return it (FileInfo with its notes). */
export function fileItem(ctx: Ctx, path: string): unknown {
  const state = providerState(ctx);
  const resolved = state.resolveLiteral(path);
  const item = resolved.providerInfo.provider.getItem(resolved.providerPath, { force: true, dynamicParameters: {} });
  return wrapItem(state, resolved.location, item, false);
}

/** A certificate as the Cert: provider shows it at `Cert:\<Location>\<Store>\<Thumbprint>`. */
export function certificateItem(ctx: Ctx, target: StoreTarget, certificate: X509Certificate2): unknown {
  const state = providerState(ctx);
  const location = state.resolveLiteral(`${target.psPath.replace(/\\$/, '')}\\${certificate.thumbprint}`).location;
  return wrapItem(state, location, certificate, false);
}

export function jsDate(value: unknown): Date | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof DateTime) return new Date(value.utcMs);
  if (value instanceof Date) return value;
  return new Date(String(value));
}

/** A PkiError as the error record the cmdlet writes; anything else is rethrown. */
export function pkiErrorRecord(ctx: Ctx, error: unknown, errorId: string, target: unknown = null): ErrorRecord {
  if (!(error instanceof PkiError)) throw error;
  return ctx.newError(errorId, error.message, 'NotSpecified', target, error.exceptionType);
}

/** The certificate behind a parameter value (an X509Certificate2, possibly wrapped by the provider). */
export function certificateOf(value: unknown): X509Certificate2 | undefined {
  const base = value && typeof value === 'object' && 'baseObject' in value ? (value as { baseObject: unknown }).baseObject : value;
  return base instanceof X509Certificate2 ? base : undefined;
}
