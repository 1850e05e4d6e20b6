// Cert: completion (issue #3, "tab-completable paths"). pwsh on Linux has no Cert: drive, so these expectations
// follow how pwsh 7.6.9 completes the other drive-qualified providers (Env:, Variable:): the drive's own name, the
// provider's separator ('\' for Certificate, as on Windows), containers and items sorted by name together,
// case-insensitive prefixes, and the provider's dynamic parameters for the path typed (-DnsName on Cert:).

import { makeFixture, complete, Fixture } from './helpers';

let f: Fixture;
let thumbprint: string;
beforeEach(() => {
  f = makeFixture();
  const made = f.rs.invoke(
    "New-SelfSignedCertificate -Subject 'CN=zq one' -DnsName zq.example -CertStoreLocation Cert:\\CurrentUser\\My -KeyAlgorithm ECDSA_nistP256 | ForEach-Object Thumbprint",
  );
  thumbprint = String(made[0]);
});
afterEach(() => f.cleanup());

test('Cert:\\ lists the store locations', () => {
  expect(complete(f.rs, 'Get-ChildItem Cert:\\')).toEqual([
    '14 6',
    'Cert:\\CurrentUser|CurrentUser|ProviderContainer',
    'Cert:\\LocalMachine|LocalMachine|ProviderContainer',
  ]);
});

test('a location lists its stores, sorted', () => {
  expect(complete(f.rs, 'Get-ChildItem Cert:\\CurrentUser\\')).toEqual([
    '14 18',
    'Cert:\\CurrentUser\\AuthRoot|AuthRoot|ProviderContainer',
    'Cert:\\CurrentUser\\CA|CA|ProviderContainer',
    'Cert:\\CurrentUser\\Disallowed|Disallowed|ProviderContainer',
    'Cert:\\CurrentUser\\My|My|ProviderContainer',
    'Cert:\\CurrentUser\\Root|Root|ProviderContainer',
    'Cert:\\CurrentUser\\TrustedPeople|TrustedPeople|ProviderContainer',
    'Cert:\\CurrentUser\\TrustedPublisher|TrustedPublisher|ProviderContainer',
  ]);
});

test('a store lists its certificates by thumbprint, with the full path as tooltip', () => {
  const c = f.rs.complete('Get-ChildItem Cert:\\CurrentUser\\My\\', 32);
  expect(c.matches.map((m) => `${m.completionText}|${m.listItemText}|${m.resultType}|${m.toolTip}`)).toEqual([
    `Cert:\\CurrentUser\\My\\${thumbprint}|${thumbprint}|ProviderItem|Cert:\\CurrentUser\\My\\${thumbprint}`,
  ]);
});

test('prefixes are case-insensitive and "/" reads as a separator; the completion prints "\\"', () => {
  expect(complete(f.rs, 'Get-ChildItem cert:/currentuser/m')).toEqual(['14 19', 'Cert:\\currentuser\\My|My|ProviderContainer']);
  expect(complete(f.rs, `Get-ChildItem Cert:\\CurrentUser\\My\\${thumbprint.slice(0, 6).toLowerCase()}`)).toEqual([
    '14 27',
    `Cert:\\CurrentUser\\My\\${thumbprint}|${thumbprint}|ProviderItem`,
  ]);
});

test('a prefix that names nothing completes to nothing', () => {
  expect(complete(f.rs, 'Get-ChildItem Cert:\\Nowhere\\')).toEqual(['14 14']);
});

test('the Certificate provider adds -DnsName and friends for a Cert: path', () => {
  expect(complete(f.rs, 'Get-ChildItem Cert:\\CurrentUser\\My -Dn')).toEqual(['35 3', '-DnsName|DnsName|ParameterName']);
  expect(complete(f.rs, 'Get-ChildItem -Path Cert:\\CurrentUser\\My -Ex')).toEqual([
    '41 3',
    '-Exclude|Exclude|ParameterName',
    '-ExpiringInDays|ExpiringInDays|ParameterName',
  ]);
  expect(f.rs.complete('Get-ChildItem Cert:\\ -Code', 26).matches.map((m) => m.toolTip)).toEqual(['[switch] CodeSigningCert']);
});

test('on a file-system path the Cert: parameters are not offered', () => {
  expect(complete(f.rs, 'Get-ChildItem fx -Dn')).toEqual(['17 3']);
});

test('$cert. completes the certificate\'s members', () => {
  f.rs.invoke('$cert = Get-ChildItem Cert:\\CurrentUser\\My | Select-Object -First 1');
  expect(complete(f.rs, '$cert.Thu')).toEqual(['6 3', 'Thumbprint|Thumbprint|Property']);
});
