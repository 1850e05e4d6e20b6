// The Certificate provider (Cert:): locations (CurrentUser, LocalMachine) → stores (My, Root, ...; created on demand)
// → certificates by thumbprint, over src/pki's stores on disk. Paths are case-insensitive and print with '\'.
// Get-ChildItem gains -DnsName, -EKU, -ExpiringInDays, -CodeSigningCert and -SSLServerAuthentication here;
// Remove-Item gains -DeleteKey (the key lives in the certificate's own file, so it always goes with it).
import type { ParameterDefinition } from '../../runtime/command-types';
import type { Provider, ProviderCallOptions, ProviderCapability, ProviderChild } from '../../runtime/providers-api';
import {
  canonicalLocation,
  canonicalStoreName,
  CertificateStore,
  moveCertificate,
  PkiError,
  STORE_LOCATIONS,
  StoreLocation,
  StoreName,
  X509Certificate2,
} from '../../pki';
import { ProviderMsg } from '../core/messages';
import { providerError } from '../core/provider-errors';
import { WildcardPattern } from '../core/wildcard';
import { X509Store, X509StoreLocation } from './store-objects';

interface CertPath {
  location?: StoreLocation;
  store?: StoreName;
  thumbprint?: string;
  /** A segment that names nothing (unknown location or store, or a path too deep). */
  invalid?: boolean;
}

const CODE_SIGNING = '1.3.6.1.5.5.7.3.3';
const SERVER_AUTH = '1.3.6.1.5.5.7.3.1';
const DAY_MS = 86_400_000;

export class CertificateProvider implements Provider {
  readonly name = 'Certificate';
  readonly moduleName = 'Microsoft.PowerShell.Security';
  readonly capabilities: readonly ProviderCapability[] = ['ShouldProcess'];
  readonly caseSensitive = false;
  readonly separator = '\\' as const;
  readonly isNavigation = true;

  private parse(path: string): CertPath {
    const [location, store, thumbprint, ...rest] = path.split(/[\\/]/).filter(Boolean);
    if (location === undefined) return {};
    const parsed: CertPath = { location: canonicalLocation(location) };
    if (!parsed.location) return { invalid: true };
    if (store === undefined) return parsed;
    parsed.store = canonicalStoreName(store);
    if (!parsed.store || rest.length > 0) return { invalid: true };
    if (thumbprint !== undefined) parsed.thumbprint = thumbprint.toUpperCase();
    return parsed;
  }

  private storeOf(path: CertPath): CertificateStore {
    return new CertificateStore(path.location!, path.store!);
  }

  private certificateAt(path: CertPath): X509Certificate2 | undefined {
    return this.storeOf(path).find(path.thumbprint!).certificate;
  }

  itemExists(path: string): boolean {
    const parsed = this.parse(path);
    if (parsed.invalid) return false;
    return parsed.thumbprint === undefined || this.certificateAt(parsed) !== undefined;
  }

  isContainer(path: string): boolean {
    const parsed = this.parse(path);
    return !parsed.invalid && parsed.thumbprint === undefined;
  }

  getItem(path: string): unknown {
    const parsed = this.parse(path);
    if (parsed.invalid) return undefined;
    if (parsed.thumbprint !== undefined) return this.certificateAt(parsed);
    if (parsed.store) return new X509Store(parsed.location!, parsed.store);
    if (parsed.location) return new X509StoreLocation(parsed.location);
    return undefined;
  }

  getChildItems(path: string, opts?: ProviderCallOptions): ProviderChild[] {
    const parsed = this.parse(path);
    if (parsed.invalid) return [];
    if (!parsed.location) return STORE_LOCATIONS.map((location) => ({ name: location, isContainer: true, item: new X509StoreLocation(location) }));
    if (!parsed.store) {
      return new X509StoreLocation(parsed.location).storeNames.map((name) => ({ name, isContainer: true, item: new X509Store(parsed.location!, name) }));
    }
    if (parsed.thumbprint !== undefined) {
      const certificate = this.certificateAt(parsed);
      return certificate ? [{ name: certificate.thumbprint, isContainer: false, item: certificate }] : [];
    }
    const { certificates, warnings } = this.storeOf(parsed).list();
    // A file .NET would skip is skipped here too; the cmdlet shows why when the core passes a warning sink.
    const warn = opts?.writeWarning;
    for (const warning of warnings) warn?.(`${warning.path}: ${warning.message}`);
    return certificates.map((certificate) => ({ name: certificate.thumbprint, isContainer: false, item: certificate }));
  }

  removeItem(path: string): void {
    const parsed = this.parse(path);
    if (parsed.thumbprint === undefined) {
      throw providerError('NotSupported', ProviderMsg.NotSupported, 'NotImplemented', 'System.Management.Automation.PSNotSupportedException', path);
    }
    this.storeOf(parsed).remove(parsed.thumbprint);
  }

  moveItem(path: string, destination: string): unknown {
    const from = this.parse(path);
    const to = this.parse(destination);
    const certificate = from.thumbprint !== undefined ? this.certificateAt(from) : undefined;
    if (!certificate || !to.store || to.invalid) {
      throw providerError('NotSupported', ProviderMsg.NotSupported, 'NotImplemented', 'System.Management.Automation.PSNotSupportedException', path);
    }
    try {
      moveCertificate(certificate, this.storeOf(from), this.storeOf(to));
    } catch (error) {
      if (error instanceof PkiError) {
        throw providerError('MoveItemError', error.message, 'WriteError', error.exceptionType, destination);
      }
      throw error;
    }
    return certificate;
  }

  dynamicParameters(commandName: string): ParameterDefinition[] | undefined {
    switch (commandName) {
      case 'Get-ChildItem':
        return [
          { name: 'CodeSigningCert', type: 'switch' },
          { name: 'DocumentEncryptionCert', type: 'switch' },
          { name: 'SSLServerAuthentication', type: 'switch' },
          { name: 'DnsName', type: 'string' },
          { name: 'Eku', type: 'string[]' },
          { name: 'ExpiringInDays', type: 'int' },
        ];
      case 'Remove-Item':
        return [{ name: 'DeleteKey', type: 'switch' }];
      default:
        return undefined;
    }
  }

  filterByDynamicParameters(children: ProviderChild[], opts: ProviderCallOptions): ProviderChild[] {
    const wanted = certificateFilter(opts.dynamicParameters);
    if (!wanted) return children;
    return children.filter((child) => child.item instanceof X509Certificate2 && wanted(child.item));
  }
}

const isSet = (value: unknown) => value !== undefined && value !== null && value !== false && String(value) !== 'False';

/** The certificate test the Cert: dynamic parameters describe; undefined when none is given. */
function certificateFilter(parameters: Readonly<Record<string, unknown>>): ((certificate: X509Certificate2) => boolean) | undefined {
  const tests: ((certificate: X509Certificate2) => boolean)[] = [];
  const ekuOids = (c: X509Certificate2) => c.enhancedKeyUsageList.map((e) => e.objectId);
  if (isSet(parameters.CodeSigningCert)) tests.push((c) => ekuOids(c).includes(CODE_SIGNING));
  if (isSet(parameters.SSLServerAuthentication)) tests.push((c) => ekuOids(c).includes(SERVER_AUTH));
  if (isSet(parameters.DocumentEncryptionCert)) tests.push((c) => ekuOids(c).includes('1.3.6.1.4.1.311.80.1'));
  if (parameters.DnsName !== undefined && parameters.DnsName !== null) {
    const pattern = new WildcardPattern(String(parameters.DnsName), true);
    tests.push((c) => c.dnsNameList.some((d) => pattern.isMatch(d.punycode) || pattern.isMatch(d.unicode)));
  }
  if (parameters.Eku !== undefined && parameters.Eku !== null) {
    const patterns = (Array.isArray(parameters.Eku) ? parameters.Eku : [parameters.Eku]).map((e) => new WildcardPattern(String(e), true));
    // Every pattern must match one of the certificate's usages, by friendly name or OID.
    tests.push((c) => patterns.every((p) => c.enhancedKeyUsageList.some((e) => p.isMatch(e.friendlyName) || p.isMatch(e.objectId))));
  }
  if (parameters.ExpiringInDays !== undefined && parameters.ExpiringInDays !== null) {
    const limit = Date.now() + Number(parameters.ExpiringInDays) * DAY_MS;
    tests.push((c) => c.notAfter.getTime() <= limit && c.notAfter.getTime() >= Date.now());
  }
  return tests.length ? (c) => tests.every((test) => test(c)) : undefined;
}
