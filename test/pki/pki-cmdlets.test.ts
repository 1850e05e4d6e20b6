// The PKI cmdlets run as the binder would call them: the companion page's flow (New-SelfSignedCertificate,
// Export-Certificate, Export-PfxCertificate), imports, Test-Certificate and Get-PfxCertificate with pwsh's errors.
import { existsSync, readFileSync, statSync, writeFileSync } from 'fs';
import { join } from 'path';
import ExportCertificate from '../../cmdlets/PKI/Export-Certificate';
import ExportPfxCertificate from '../../cmdlets/PKI/Export-PfxCertificate';
import ImportCertificate from '../../cmdlets/PKI/Import-Certificate';
import ImportPfxCertificate from '../../cmdlets/PKI/Import-PfxCertificate';
import NewSelfSignedCertificate from '../../cmdlets/PKI/New-SelfSignedCertificate';
import TestCertificate from '../../cmdlets/PKI/Test-Certificate';
import GetPfxCertificate from '../../cmdlets/Microsoft.PowerShell.Security/Get-PfxCertificate';
import { CertificateStore, keyExportPolicyOf, loadCertificateFile, X509Certificate2 } from '../../src/pki';
import { PSObject, SecureString } from '../../src/runtime/values';
import SetLocation from '../../cmdlets/Microsoft.PowerShell.Management/Set-Location';
import { errorLine, note, removeSession, Terminated } from '../providers/harness';
import { CertSession, newCertSession, runCmdlet } from './cmdlet-runner';
import { hasOpenssl, openssl, TempHome, useTempHome } from './helpers';

let t: CertSession;
let home: TempHome;
beforeEach(() => {
  home = useTempHome();
  t = newCertSession();
});
afterEach(() => {
  removeSession(t);
  home.restore();
});

const run = (_: unknown, def: Parameters<typeof runCmdlet>[1], params: Record<string, unknown>) => runCmdlet(t, def, params);

const base = (o: unknown) => (o instanceof PSObject ? o.baseObject : o);

test('the companion page: New-SelfSignedCertificate into CurrentUser\\My, then Export-Certificate and Export-PfxCertificate', () => {
  const made = run(t, NewSelfSignedCertificate, {
    Subject: 'CN=myCert',
    CertStoreLocation: 'Cert:\\CurrentUser\\My',
    KeyExportPolicy: ['Exportable'],
    KeySpec: 'Signature',
    KeyLength: 2048,
    KeyAlgorithm: 'RSA',
    HashAlgorithm: 'SHA256',
  });
  expect(made.errors).toEqual([]);
  const cert = base(made.output[0]) as X509Certificate2;
  expect(cert.subject).toBe('CN=myCert');
  expect(note(made.output[0], 'PSParentPath')).toBe('Microsoft.PowerShell.Security\\Certificate::CurrentUser\\My');
  expect(new CertificateStore('CurrentUser', 'My').find(cert.thumbprint).certificate?.hasPrivateKey).toBe(true);

  const cer = join(t.dir, 'myCert.cer');
  const exported = run(t, ExportCertificate, { Cert: made.output[0], FilePath: cer });
  expect(exported.errors).toEqual([]);
  expect(note(exported.output[0], 'PSChildName')).toBe('myCert.cer');
  expect(readFileSync(cer).equals(cert.rawData)).toBe(true);

  const pfx = join(t.dir, 'myCert.pfx');
  const mypwd = new SecureString('P@ssw0rd!');
  expect(run(t, ExportPfxCertificate, { Cert: made.output[0], FilePath: pfx, Password: mypwd }).errors).toEqual([]);
  expect(statSync(pfx).mode & 0o777).toBe(0o600);
  const back = loadCertificateFile(pfx, { password: 'P@ssw0rd!' });
  expect([back.thumbprint, back.hasPrivateKey]).toEqual([cert.thumbprint, true]);
  if (hasOpenssl()) {
    expect(openssl(['x509', '-inform', 'der', '-in', cer, '-noout', '-subject']).toString()).toBe('subject=CN = myCert\n');
    expect(openssl(['pkcs12', '-in', pfx, '-passin', 'pass:P@ssw0rd!', '-nokeys', '-clcerts']).toString()).toContain('subject=CN = myCert');
  }
});

test('-NoClobber refuses an existing file; a NonExportable key is refused with Windows\' text; -ProtectTo needs a domain', () => {
  const made = run(t, NewSelfSignedCertificate, { Subject: 'CN=Locked', CertStoreLocation: 'Cert:\\CurrentUser\\My', KeyExportPolicy: ['NonExportable'], KeyAlgorithm: 'ECDSA_nistP256' });
  const file = join(t.dir, 'exists.cer');
  writeFileSync(file, 'keep me');
  const clobber = run(t, ExportCertificate, { Cert: made.output[0], FilePath: file, NoClobber: true });
  expect(clobber.errors.map(errorLine)).toEqual([`NoClobber | ResourceExists | System.IO.IOException | The file '${file}' already exists.`]);
  expect(readFileSync(file, 'utf8')).toBe('keep me');
  const refused = run(t, ExportPfxCertificate, { Cert: made.output[0], FilePath: join(t.dir, 'locked.pfx'), Password: new SecureString('x') });
  expect(refused.errors.map(errorLine)).toEqual([
    'System.ComponentModel.Win32Exception | NotSpecified | System.Security.Cryptography.CryptographicException | Cannot export non-exportable private key.',
  ]);
  expect(existsSync(join(t.dir, 'locked.pfx'))).toBe(false);
  const protectTo = run(t, ExportPfxCertificate, { Cert: made.output[0], FilePath: join(t.dir, 'p.pfx'), ProtectTo: ['CONTOSO\\Admins'] });
  expect(protectTo.errors.map((e) => e.exception.message)).toEqual(['The specified domain either does not exist or could not be contacted.']);
});

test('New-SelfSignedCertificate defaults to the current Cert: store, else LocalMachine\\My; bad values give CertEnroll\'s text', () => {
  const outside = run(t, NewSelfSignedCertificate, { DnsName: ['www.fabrikam.com', 'www.contoso.com'], KeyAlgorithm: 'ECDSA_nistP256' });
  expect(note(outside.output[0], 'PSParentPath')).toBe('Microsoft.PowerShell.Security\\Certificate::LocalMachine\\My');
  run(t, SetLocation, { Path: 'Cert:\\CurrentUser' });
  const inside = run(t, NewSelfSignedCertificate, { Subject: 'inside', KeyAlgorithm: 'ECDSA_nistP256' });
  expect(note(inside.output[0], 'PSParentPath')).toBe('Microsoft.PowerShell.Security\\Certificate::CurrentUser\\My');
  expect((base(inside.output[0]) as X509Certificate2).subject).toBe('CN=inside');
  for (const bad of [{ TextExtension: ['2.5.29.17={text}nope=1'] }, { KeyAlgorithm: 'DSA' }]) {
    const thrown = (() => {
      try {
        run(t, NewSelfSignedCertificate, { Subject: 'CN=x', ...bad });
      } catch (error) {
        return error as Terminated;
      }
      throw new Error('expected a terminating error');
    })();
    expect(errorLine(thrown.record)).toBe('System.ArgumentException | NotSpecified | System.ArgumentException | The parameter is incorrect. 0x80070057 (WIN32: 87 ERROR_INVALID_PARAMETER)');
  }
});

test('Import-PfxCertificate: keys NonExportable unless -Exportable; wrong password and missing files in Windows\' words', () => {
  const made = run(t, NewSelfSignedCertificate, { Subject: 'CN=Roundtrip', CertStoreLocation: 'Cert:\\CurrentUser\\My', KeyAlgorithm: 'ECDSA_nistP256' });
  const pfx = join(t.dir, 'r.pfx');
  run(t, ExportPfxCertificate, { Cert: made.output[0], FilePath: pfx, Password: new SecureString('pw') });
  const imported = run(t, ImportPfxCertificate, { FilePath: pfx, CertStoreLocation: 'Cert:\\LocalMachine\\TrustedPeople', Password: new SecureString('pw') });
  expect(note(imported.output[0], 'PSParentPath')).toBe('Microsoft.PowerShell.Security\\Certificate::LocalMachine\\TrustedPeople');
  expect(keyExportPolicyOf(new CertificateStore('LocalMachine', 'TrustedPeople').list().certificates[0])).toBe('NonExportable');
  run(t, ImportPfxCertificate, { FilePath: pfx, CertStoreLocation: 'Cert:\\LocalMachine\\My', Password: new SecureString('pw'), Exportable: true });
  expect(keyExportPolicyOf(new CertificateStore('LocalMachine', 'My').list().certificates[0])).toBe('Exportable');
  expect(run(t, ImportPfxCertificate, { FilePath: pfx, CertStoreLocation: 'Cert:\\CurrentUser\\CA', Password: new SecureString('bad') }).errors.map((e) => e.exception.message)).toEqual([
    'The PFX file you are trying to import requires either a different password or membership in an Active Directory principal to which it is protected.',
  ]);
  expect(run(t, ImportPfxCertificate, { FilePath: join(t.dir, 'none.pfx'), CertStoreLocation: 'Cert:\\CurrentUser\\CA' }).errors.map((e) => e.exception.message)).toEqual([
    'The system cannot find the file specified. 0x80070002 (WIN32: 2 ERROR_FILE_NOT_FOUND)',
  ]);
  expect(new CertificateStore('CurrentUser', 'CA').list().certificates).toEqual([]);
});

test('Import-Certificate takes .cer, .p7b and .sst; an unknown store is CertificateStoreNotFound', () => {
  const made = run(t, NewSelfSignedCertificate, { Subject: 'CN=Public', CertStoreLocation: 'Cert:\\CurrentUser\\My', KeyAlgorithm: 'ECDSA_nistP256' });
  for (const type of ['CERT', 'P7B', 'SST']) {
    const file = join(t.dir, `public.${type.toLowerCase()}`);
    run(t, ExportCertificate, { Cert: made.output[0], FilePath: file, Type: type });
    const store = `Cert:\\LocalMachine\\${type === 'CERT' ? 'Root' : type === 'P7B' ? 'CA' : 'AuthRoot'}`;
    const imported = run(t, ImportCertificate, { FilePath: file, CertStoreLocation: store });
    const cert = base(imported.output[0]) as X509Certificate2;
    expect([cert.subject, cert.hasPrivateKey]).toEqual(['CN=Public', false]);
  }
  try {
    run(t, ImportCertificate, { FilePath: join(t.dir, 'public.cert'), CertStoreLocation: 'Cert:\\CurrentUser\\Nowhere' });
    throw new Error('expected a terminating error');
  } catch (error) {
    expect(errorLine((error as Terminated).record)).toBe(
      'CertificateStoreNotFound | ObjectNotFound | System.Management.Automation.ItemNotFoundException | Cannot find the X509 certificate store at path Cert:\\CurrentUser\\Nowhere.',
    );
  }
});

test('Test-Certificate: untrusted root, trusted through the Root store, expired', () => {
  const made = run(t, NewSelfSignedCertificate, { Subject: 'CN=Trust me', CertStoreLocation: 'Cert:\\CurrentUser\\My', KeyAlgorithm: 'ECDSA_nistP256' });
  const untrusted = run(t, TestCertificate, { Cert: made.output[0] });
  expect(untrusted.output).toEqual([false]);
  expect(untrusted.warnings).toEqual(['Chain status: CERT_TRUST_IS_UNTRUSTED_ROOT']);
  expect(untrusted.errors.map((e) => e.exception.message)).toEqual([
    'A certificate chain processed, but terminated in a root certificate which is not trusted by the trust provider. 0x800b0109 (-2146762487 CERT_E_UNTRUSTEDROOT)',
  ]);
  expect(run(t, TestCertificate, { Cert: made.output[0], AllowUntrustedRoot: true }).output).toEqual([true]);
  new CertificateStore('CurrentUser', 'Root').add(new X509Certificate2((base(made.output[0]) as X509Certificate2).rawData));
  expect(run(t, TestCertificate, { Cert: made.output[0] })).toEqual({ output: [true], errors: [], warnings: [] });
  const old = run(t, NewSelfSignedCertificate, { Subject: 'CN=Old', CertStoreLocation: 'Cert:\\CurrentUser\\My', KeyAlgorithm: 'ECDSA_nistP256', NotBefore: new Date('2020-01-01'), NotAfter: new Date('2021-01-01') });
  expect(run(t, TestCertificate, { Cert: old.output[0] }).errors.map((e) => e.exception.message)[0]).toMatch(/CERT_E_EXPIRED\)$/);
});

test('Get-PfxCertificate: pwsh\'s certificate, without provider notes, and pwsh\'s errors', () => {
  const made = run(t, NewSelfSignedCertificate, { Subject: 'CN=Pfx', CertStoreLocation: 'Cert:\\CurrentUser\\My', KeyAlgorithm: 'ECDSA_nistP256' });
  const pfx = join(t.dir, 'g.pfx');
  run(t, ExportPfxCertificate, { Cert: made.output[0], FilePath: pfx, Password: new SecureString('pw') });
  const ok = run(t, GetPfxCertificate, { FilePath: [pfx], Password: new SecureString('pw') });
  expect(ok.output[0]).toBeInstanceOf(X509Certificate2);
  expect((ok.output[0] as X509Certificate2).hasPrivateKey).toBe(true);
  const wrong = run(t, GetPfxCertificate, { FilePath: [pfx], Password: new SecureString('nope') });
  expect(wrong.errors.map(errorLine)).toEqual([
    'GetPfxCertificateUnknownCryptoError | NotSpecified | System.Security.Cryptography.CryptographicException | The certificate data cannot be read with the provided password, the password may be incorrect.',
  ]);
  expect(run(t, GetPfxCertificate, { FilePath: [join(t.dir, 'nope.pfx')] }).errors.map(errorLine)).toEqual([
    'GetPfxCertCommandNoneOfTheFilesFound | ObjectNotFound | System.IO.FileNotFoundException | Command cannot find any of the specified files.',
  ]);
  writeFileSync(join(t.dir, 'garbage.pfx'), 'hello\n');
  expect(run(t, GetPfxCertificate, { FilePath: [join(t.dir, 'garbage.pfx')], NoPromptForPassword: true }).errors.map((e) => e.exception.message)).toEqual(['ASN1 corrupted data.']);
  try {
    run(t, GetPfxCertificate, { FilePath: [pfx] });
    throw new Error('expected a terminating error');
  } catch (error) {
    expect(errorLine((error as Terminated).record)).toBe(
      'InvalidOperation | InvalidOperation | System.Management.Automation.PSInvalidOperationException | PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.',
    );
    expect(t.hostText).toEqual(['Enter password: ']);
  }
});
