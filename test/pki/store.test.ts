// The certificate store on disk: .NET's layout, permissions, atomic writes, and listings that survive bad files.
import { chmodSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'fs';
import { generateKeyPairSync, KeyObject } from 'crypto';
import { join } from 'path';
import {
  CertificateStore,
  createSelfSignedCertificate,
  keyExportPolicyOf,
  loadCertificateFile,
  moveCertificate,
  storeDirectory,
  X509Certificate2,
} from '../../src/pki';
import { FIXTURES, TempHome, useTempHome } from './helpers';

let home: TempHome;
beforeEach(() => {
  home = useTempHome();
});
afterEach(() => home.restore());

const sharedKey: KeyObject = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey;
function quickCertificate(subject: string, extra: Partial<Parameters<typeof createSelfSignedCertificate>[0]> = {}): X509Certificate2 {
  return createSelfSignedCertificate({ subject, keyAlgorithm: 'ECDSA_nistP256', generateKey: () => sharedKey, ...extra });
}

const mode = (path: string) => statSync(path).mode & 0o777;

test('CurrentUser stores live in .NET\'s directory, LocalMachine under PSNODE_HOME, both read at call time', () => {
  expect(storeDirectory('CurrentUser', 'My')).toBe(join(home.dir, '.dotnet/corefx/cryptography/x509stores/my'));
  expect(storeDirectory('LocalMachine', 'Root')).toBe(join(home.dir, '.psnode/x509stores/localmachine/root'));
  process.env.PSNODE_HOME = join(home.dir, 'elsewhere');
  expect(storeDirectory('LocalMachine', 'TrustedPeople')).toBe(join(home.dir, 'elsewhere/x509stores/localmachine/trustedpeople'));
});

test('add writes THUMBPRINT.pfx as 0600 in 0700 directories created on demand; list and find read it back with the key', () => {
  const cert = quickCertificate('CN=Stored', { friendlyName: 'My friendly name' });
  const store = new CertificateStore('CurrentUser', 'My');
  expect(store.exists()).toBe(false);
  store.add(cert);
  const file = join(store.directory, `${cert.thumbprint}.pfx`);
  expect(readdirSync(store.directory)).toEqual([`${cert.thumbprint}.pfx`]);
  expect(mode(file)).toBe(0o600);
  for (const dir of ['.dotnet', '.dotnet/corefx', '.dotnet/corefx/cryptography', '.dotnet/corefx/cryptography/x509stores', '.dotnet/corefx/cryptography/x509stores/my']) {
    expect(mode(join(home.dir, dir))).toBe(0o700);
  }
  const { certificates, warnings } = store.list();
  expect(warnings).toEqual([]);
  expect(certificates.map((c) => [c.thumbprint, c.subject, c.hasPrivateKey, c.friendlyName])).toEqual([[cert.thumbprint, 'CN=Stored', true, 'My friendly name']]);
  expect(store.find(cert.thumbprint.toLowerCase()).certificate?.thumbprint).toBe(cert.thumbprint);
  expect(store.find('00'.repeat(20)).certificate).toBeUndefined();
});

test('every store name is created on demand, LocalMachine included', () => {
  for (const name of ['My', 'Root', 'CA', 'TrustedPeople', 'TrustedPublisher', 'AuthRoot', 'Disallowed']) {
    const store = new CertificateStore('LocalMachine', name);
    store.add(quickCertificate(`CN=${name}`));
    expect(store.list().certificates.map((c) => c.subject)).toEqual([`CN=${name}`]);
    expect(mode(store.directory)).toBe(0o700);
  }
});

test('a NonExportable key stays NonExportable after a round trip through the store', () => {
  const store = new CertificateStore('CurrentUser', 'My');
  store.add(quickCertificate('CN=Locked', { keyExportPolicy: 'NonExportable' }));
  store.add(quickCertificate('CN=Open', { keyExportPolicy: 'Exportable' }));
  const policies = Object.fromEntries(store.list().certificates.map((c) => [c.subject, keyExportPolicyOf(c)]));
  expect(policies).toEqual({ 'CN=Locked': 'NonExportable', 'CN=Open': 'Exportable' });
});

test('a corrupt, truncated or foreign file is skipped with a warning and never breaks the listing', () => {
  const store = new CertificateStore('CurrentUser', 'My');
  const good = quickCertificate('CN=Good');
  store.add(good);
  writeFileSync(join(store.directory, 'AAAA.pfx'), 'not a pfx', { mode: 0o600 });
  const goodBytes = require('fs').readFileSync(join(store.directory, `${good.thumbprint}.pfx`));
  writeFileSync(join(store.directory, 'BBBB.pfx'), goodBytes.subarray(0, 300), { mode: 0o600 });
  writeFileSync(join(store.directory, 'notes.txt'), 'ignored: not *.pfx');
  const { certificates, warnings } = store.list();
  expect(certificates.map((c) => c.subject)).toEqual(['CN=Good']);
  expect(warnings.sort((a, b) => a.path.localeCompare(b.path))).toEqual([
    { path: join(store.directory, 'AAAA.pfx'), message: 'ASN1 corrupted data.' },
    { path: join(store.directory, 'BBBB.pfx'), message: 'Error occurred during a cryptographic operation.' },
  ]);
});

test('an unreadable file is a warning too', () => {
  if (process.getuid?.() === 0) {
    // root reads any file; simulate unreadability with a directory named like a certificate file
    const store = new CertificateStore('CurrentUser', 'My');
    store.ensureDirectory();
    mkdirSync(join(store.directory, 'CCCC.pfx'));
    const { warnings } = store.list();
    expect(warnings).toHaveLength(1);
    expect(warnings[0].path).toBe(join(store.directory, 'CCCC.pfx'));
    expect(warnings[0].message).toMatch(/EISDIR/);
    return;
  }
  const store = new CertificateStore('CurrentUser', 'My');
  store.add(quickCertificate('CN=Hidden'));
  const [file] = readdirSync(store.directory);
  chmodSync(join(store.directory, file), 0o000);
  const { certificates, warnings } = store.list();
  expect(certificates).toEqual([]);
  expect(warnings[0].message).toMatch(/EACCES/);
});

test('a store directory .NET refuses (not rwx for its owner) gives .NET\'s error on add and a warning on list', () => {
  const store = new CertificateStore('CurrentUser', 'My');
  store.add(quickCertificate('CN=Before'));
  chmodSync(store.directory, 0o600);
  const message = `Invalid directory permissions. The directory '${store.directory}' must be readable, writable and executable by the owner.`;
  try {
    expect(() => store.add(quickCertificate('CN=After'))).toThrow(message);
    if (process.getuid?.() === 0) {
      const listing = store.list();
      expect(listing.warnings).toEqual([{ path: store.directory, message }]);
      expect(listing.certificates.map((c) => c.subject)).toEqual(['CN=Before']);
    }
  } finally {
    chmodSync(store.directory, 0o700);
  }
});

test('adding the same certificate twice keeps one file; a copy with a key replaces one without', () => {
  const store = new CertificateStore('CurrentUser', 'Root');
  const withKey = quickCertificate('CN=Twice');
  const publicOnly = new X509Certificate2(withKey.rawData);
  store.add(publicOnly);
  store.add(publicOnly);
  expect(store.list().certificates.map((c) => c.hasPrivateKey)).toEqual([false]);
  store.add(withKey);
  expect(readdirSync(store.directory)).toHaveLength(1);
  expect(store.list().certificates.map((c) => c.hasPrivateKey)).toEqual([true]);
});

test('remove deletes the file (and .NET\'s collision copies) and reports whether anything was there', () => {
  const store = new CertificateStore('CurrentUser', 'My');
  const cert = quickCertificate('CN=Gone');
  store.add(cert);
  const bytes = require('fs').readFileSync(join(store.directory, `${cert.thumbprint}.pfx`));
  writeFileSync(join(store.directory, `${cert.thumbprint}.1.pfx`), bytes, { mode: 0o600 });
  expect(store.list().certificates).toHaveLength(1);
  expect(store.remove(cert.thumbprint.toLowerCase())).toBe(true);
  expect(readdirSync(store.directory)).toEqual([]);
  expect(store.remove(cert.thumbprint)).toBe(false);
  expect(new CertificateStore('CurrentUser', 'CA').remove(cert.thumbprint)).toBe(false);
});

test('move carries the certificate and its key to another store and location', () => {
  const from = new CertificateStore('CurrentUser', 'My');
  const to = new CertificateStore('LocalMachine', 'My');
  const cert = quickCertificate('CN=Mover');
  from.add(cert);
  moveCertificate(from.list().certificates[0], from, to);
  expect(from.list().certificates).toEqual([]);
  expect(to.list().certificates.map((c) => [c.thumbprint, c.hasPrivateKey])).toEqual([[cert.thumbprint, true]]);
});

test('no temporary file is left behind by a write', () => {
  const store = new CertificateStore('CurrentUser', 'My');
  store.add(quickCertificate('CN=Atomic'));
  expect(readdirSync(store.directory).filter((f) => !f.endsWith('.pfx'))).toEqual([]);
});

test('.NET\'s own store file (fixture) lists with its private key', () => {
  const store = new CertificateStore('CurrentUser', 'My');
  store.ensureDirectory();
  writeFileSync(join(store.directory, '66B3AFBB9535918CD8BA06D747CBA5EE64EFFF6F.pfx'), require('fs').readFileSync(join(FIXTURES, 'dotnet-store.pfx')), { mode: 0o600 });
  const [cert] = store.list().certificates;
  expect([cert.subject, cert.thumbprint, cert.hasPrivateKey]).toEqual(['CN=dotnet-made', '66B3AFBB9535918CD8BA06D747CBA5EE64EFFF6F', true]);
  expect(loadCertificateFile(join(store.directory, `${cert.thumbprint}.pfx`)).hasPrivateKey).toBe(true);
  expect(existsSync(join(store.directory, `${cert.thumbprint}.pfx`))).toBe(true);
});

test('a store of 1,000 certificates lists completely', () => {
  const store = new CertificateStore('CurrentUser', 'My');
  const thumbprints = new Set<string>();
  for (let i = 0; i < 1000; i++) {
    const cert = quickCertificate(`CN=Bulk ${i}`);
    thumbprints.add(cert.thumbprint);
    store.add(cert);
  }
  const { certificates, warnings } = store.list();
  expect(warnings).toEqual([]);
  expect(new Set(certificates.map((c) => c.thumbprint))).toEqual(thumbprints);
}, 120_000);
