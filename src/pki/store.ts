// A certificate store on disk: one PKCS#12 file per certificate, named by thumbprint, exactly as .NET's
// X509Store keeps CurrentUser stores on Linux. Files are 0600 and directories 0700; writes are atomic renames.
// Listing never fails on one bad file: it is skipped and reported as a warning for the caller to show.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'fs';
import { join } from 'path';
import { keyExportPolicyOf, privateKeyOf, X509Certificate2 } from './certificate';
import { PkiError } from './errors';
import { loadPkcs12 } from './load';
import { writePkcs12 } from './pkcs12';
import { StoreLocation, storeDirectory } from './store-paths';

/** Something the caller should show but that did not stop the operation: a file skipped, a directory .NET refuses. */
export interface StoreWarning {
  path: string;
  /** The .NET text for the problem (e.g. 'ASN1 corrupted data.'). */
  message: string;
}

export interface StoreListing {
  certificates: X509Certificate2[];
  warnings: StoreWarning[];
}

const PFX = '.pfx';

export class CertificateStore {
  readonly directory: string;

  constructor(
    readonly location: StoreLocation,
    readonly name: string,
  ) {
    this.directory = storeDirectory(location, name);
  }

  exists(): boolean {
    try {
      return statSync(this.directory).isDirectory();
    } catch {
      return false;
    }
  }

  /** Every certificate in the store, in directory order, one per thumbprint (as .NET's X509Store.Certificates). */
  list(): StoreListing {
    return this.readFiles(() => true);
  }

  /** The certificate with this thumbprint (any case), or undefined; reads only that thumbprint's files. */
  find(thumbprint: string): { certificate?: X509Certificate2; warnings: StoreWarning[] } {
    const wanted = thumbprint.toUpperCase();
    if (!/^[0-9A-F]{40}$/.test(wanted)) return { warnings: [] };
    const { certificates, warnings } = this.readFiles((file) => file.toUpperCase().startsWith(wanted + '.'), this.candidateFiles(wanted));
    return { certificate: certificates.find((c) => c.thumbprint === wanted), warnings };
  }

  /** The names .NET may have used for a thumbprint (THUMBPRINT.pfx, then THUMBPRINT.1.pfx to .9.pfx) that exist. */
  private candidateFiles(thumbprint: string): string[] | undefined {
    const names = [`${thumbprint}${PFX}`, ...Array.from({ length: 9 }, (_, i) => `${thumbprint}.${i + 1}${PFX}`)];
    const present = names.filter((name) => existsSync(join(this.directory, name)));
    // A lower-case name on disk is still the same certificate: fall back to reading the directory.
    return present.length ? present : undefined;
  }

  private readFiles(wanted: (file: string) => boolean, knownFiles?: string[]): StoreListing {
    const listing: StoreListing = { certificates: [], warnings: [] };
    let files: string[];
    try {
      files = knownFiles ?? readdirSync(this.directory);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') listing.warnings.push({ path: this.directory, message: (error as Error).message });
      return listing;
    }
    const permissionProblem = directoryPermissionProblem(this.directory);
    if (permissionProblem) listing.warnings.push({ path: this.directory, message: permissionProblem.message });
    const seen = new Set<string>();
    for (const file of files) {
      if (!file.toLowerCase().endsWith(PFX) || !wanted(file)) continue;
      const path = join(this.directory, file);
      try {
        for (const certificate of loadPkcs12(readFileSync(path), { password: null })) {
          if (seen.has(certificate.thumbprint)) continue;
          seen.add(certificate.thumbprint);
          listing.certificates.push(certificate);
        }
      } catch (error) {
        listing.warnings.push({ path, message: (error as Error).message });
      }
    }
    return listing;
  }

  /**
   * Adds a certificate (with its private key, when it has one) as THUMBPRINT.pfx. Like .NET, an existing file for the
   * same certificate is kept unless the new copy brings a private key the stored one lacks.
   */
  add(certificate: X509Certificate2): void {
    this.ensureDirectory();
    const path = join(this.directory, certificate.thumbprint + PFX);
    const existing = this.find(certificate.thumbprint).certificate;
    if (existing && (existing.hasPrivateKey || !certificate.hasPrivateKey)) return;
    const key = privateKeyOf(certificate);
    const bytes = writePkcs12(
      [{ certificate: certificate.rawData, key, friendlyName: certificate.friendlyName, nonExportable: keyExportPolicyOf(certificate) === 'NonExportable' }],
      '',
      'store',
    );
    writeFileAtomic(path, bytes);
  }

  /** Removes every file holding this thumbprint; false when there was none. */
  remove(thumbprint: string): boolean {
    const prefix = thumbprint.toUpperCase();
    let files: string[];
    try {
      files = readdirSync(this.directory);
    } catch {
      return false;
    }
    let removed = false;
    for (const file of files) {
      const upper = file.toUpperCase();
      if (upper === prefix + '.PFX' || (upper.startsWith(prefix + '.') && /^\.\d\.PFX$/.test(upper.slice(prefix.length)))) {
        unlinkSync(join(this.directory, file));
        removed = true;
      }
    }
    return removed;
  }

  /** Creates the directory (0700) when missing, then applies .NET's ownership and permission check. */
  ensureDirectory(): void {
    mkdirSync(this.directory, { recursive: true, mode: 0o700 });
    const problem = directoryPermissionProblem(this.directory);
    if (problem) throw problem;
  }
}

/** .NET's EnsureDirectoryPermissions: owned by the effective user, and readable, writable, searchable by them. */
export function directoryPermissionProblem(directory: string): PkiError | undefined {
  const stat = statSync(directory);
  if (typeof process.geteuid === 'function' && stat.uid !== process.geteuid()) return new PkiError('OwnerNotCurrentUser', [directory]);
  if ((stat.mode & 0o700) !== 0o700) return new PkiError('InvalidDirectoryPermissions', [directory]);
  return undefined;
}

/** Writes through a temporary file (0600) and renames it into place, so a failed write never leaves half a PFX. */
export function writeFileAtomic(path: string, bytes: Buffer): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, bytes, { mode: 0o600 });
  renameSync(temporary, path);
}

/** Moves a certificate (and its key) between stores. */
export function moveCertificate(certificate: X509Certificate2, from: CertificateStore, to: CertificateStore): void {
  to.add(certificate);
  from.remove(certificate.thumbprint);
}
