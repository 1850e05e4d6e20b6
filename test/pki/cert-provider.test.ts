// The Cert: drive over the real stores: listing, items by thumbprint, filters, removal and moves, and what
// `Get-ChildItem Cert:\CurrentUser\My` prints (reference/pwsh-format.md §1.3) through the format engine.
import GetChildItem from '../../cmdlets/Microsoft.PowerShell.Management/Get-ChildItem';
import GetItem from '../../cmdlets/Microsoft.PowerShell.Management/Get-Item';
import MoveItem from '../../cmdlets/Microsoft.PowerShell.Management/Move-Item';
import RemoveItem from '../../cmdlets/Microsoft.PowerShell.Management/Remove-Item';
import SetLocation from '../../cmdlets/Microsoft.PowerShell.Management/Set-Location';
import TestPath from '../../cmdlets/Microsoft.PowerShell.Management/Test-Path';
import { CertificateStore, createSelfSignedCertificate, X509Certificate2 } from '../../src/pki';
import { certificateProviderRegistration } from '../../src/providers/certificate';
import { PSObject, toDisplayString } from '../../src/runtime/values';
import { render } from '../format/helpers';
import { errorLine, newSession, note, removeSession, run, TestSession } from '../providers/harness';
import '../../src/format/views/certificate';
import { TempHome, useTempHome } from './helpers';

let t: TestSession;
let home: TempHome;
beforeEach(() => {
  home = useTempHome();
  t = newSession();
  const registration = certificateProviderRegistration();
  const info = t.state.addProvider(registration.provider);
  for (const drive of registration.drives) t.state.addDrive(drive.name, info, drive.root, drive.description ?? '');
});
afterEach(() => {
  removeSession(t);
  home.restore();
});

function add(subject: string, options: Parameters<typeof createSelfSignedCertificate>[0] = {}, location: 'CurrentUser' | 'LocalMachine' = 'CurrentUser', store = 'My') {
  const cert = createSelfSignedCertificate({ subject, keyAlgorithm: 'ECDSA_nistP256', ...options });
  new CertificateStore(location, store).add(cert);
  return cert;
}

const thumbprints = (items: unknown[]) => items.map((o) => note(o, 'PSChildName'));

test('Get-ChildItem Cert:\\CurrentUser\\My prints the ThumbprintTable, grouped by PSParentPath', () => {
  const sorted = [
    add('CN=testcert.steve', { type: 'CodeSigningCert' }),
    add('CN=zwin7fh14scd.westus.cloudapp.azure.com'),
    add('CN=PowerShell User', { type: 'Custom' }),
  ];
  const items = run(t, GetChildItem, { Path: ['Cert:\\CurrentUser\\My'] }).output;
  const byThumbprint = new Map(items.map((o) => [note(o, 'PSChildName'), o]));
  const ordered = sorted.map((c) => byThumbprint.get(c.thumbprint));
  // 80 columns (no terminal): the last column gets 16, as pwsh on Linux prints Get-PfxCertificate's table.
  expect(render(ordered)).toBe(
    [
      '',
      '   PSParentPath: Microsoft.PowerShell.Security\\Certificate::CurrentUser\\My',
      '',
      'Thumbprint                                Subject              EnhancedKeyUsage',
      '                                                               List',
      '----------                                -------              ----------------',
      `${sorted[0].thumbprint}  CN=testcert.steve    Code Signing`,
      `${sorted[1].thumbprint}  CN=zwin7fh14scd.wes… {Client Authent…`,
      `${sorted[2].thumbprint}  CN=PowerShell User   `,
      '',
      '',
    ].join('\n'),
  );
  // A 120-column console: the rows of the reference sample.
  expect(render(ordered, { columns: 119, windowWidth: 120 })).toBe(
    [
      '',
      '   PSParentPath: Microsoft.PowerShell.Security\\Certificate::CurrentUser\\My',
      '',
      'Thumbprint                                Subject              EnhancedKeyUsageList',
      '----------                                -------              --------------------',
      `${sorted[0].thumbprint}  CN=testcert.steve    Code Signing`,
      `${sorted[1].thumbprint}  CN=zwin7fh14scd.wes… {Client Authentication, Server Authentication}`,
      `${sorted[2].thumbprint}  CN=PowerShell User   `,
      '',
      '',
    ].join('\n'),
  );
});

test('items carry the provider notes; the trailing separator lists the store; casing follows the typed path', () => {
  const cert = add('CN=Seed');
  const [item] = run(t, GetChildItem, { Path: ['Cert:\\CurrentUser\\My\\'] }).output;
  expect((item as PSObject).propertyMembers().slice(0, 6).map((m) => `${m.name}=${toDisplayString(m.value)}`)).toEqual([
    `PSPath=Microsoft.PowerShell.Security\\Certificate::CurrentUser\\My\\${cert.thumbprint}`,
    'PSParentPath=Microsoft.PowerShell.Security\\Certificate::CurrentUser\\My',
    `PSChildName=${cert.thumbprint}`,
    'PSDrive=Cert',
    'PSProvider=Microsoft.PowerShell.Security\\Certificate',
    'PSIsContainer=False',
  ]);
  expect((item as PSObject).baseObject).toBeInstanceOf(X509Certificate2);
  const lower = run(t, GetChildItem, { Path: ['cert:\\currentuser\\my'] }).output;
  expect(note(lower[0], 'PSParentPath')).toBe('Microsoft.PowerShell.Security\\Certificate::currentuser\\my');
});

test('Get-Item and Test-Path by thumbprint in any case; a missing thumbprint is ObjectNotFound', () => {
  const cert = add('CN=Find me');
  expect(thumbprints(run(t, GetItem, { Path: [`Cert:\\CurrentUser\\My\\${cert.thumbprint.toLowerCase()}`] }).output)).toEqual([cert.thumbprint.toLowerCase()]);
  expect(run(t, TestPath, { Path: [`Cert:\\CurrentUser\\My\\${cert.thumbprint}`] }).output).toEqual([true]);
  expect(run(t, TestPath, { Path: ['Cert:\\CurrentUser\\My\\' + '00'.repeat(20)] }).output).toEqual([false]);
  expect(run(t, TestPath, { Path: ['Cert:\\CurrentUser\\Nope'] }).output).toEqual([false]);
  expect(run(t, TestPath, { Path: ['Cert:\\Elsewhere'] }).output).toEqual([false]);
  expect(run(t, GetItem, { Path: ['Cert:\\CurrentUser\\My\\ABCD'] }).errors.map(errorLine)).toEqual([
    "PathNotFound | ObjectNotFound | System.Management.Automation.ItemNotFoundException | Cannot find path 'Cert:\\CurrentUser\\My\\ABCD' because it does not exist.",
  ]);
});

test('the drive root lists the locations, a location its stores; -Recurse reaches the certificates', () => {
  const cert = add('CN=Deep', {}, 'LocalMachine', 'Root');
  expect(run(t, GetChildItem, { Path: ['Cert:\\'], Name: true }).output).toEqual(['CurrentUser', 'LocalMachine']);
  expect(run(t, GetChildItem, { Path: ['Cert:\\CurrentUser'], Name: true }).output).toEqual(['TrustedPublisher', 'Root', 'CA', 'AuthRoot', 'TrustedPeople', 'My', 'Disallowed']);
  const all = run(t, GetChildItem, { Path: ['Cert:\\'], Recurse: true }).output;
  expect(all.filter((o) => (o as PSObject).baseObject instanceof X509Certificate2).map((o) => note(o, 'PSPath'))).toEqual([
    `Microsoft.PowerShell.Security\\Certificate::LocalMachine\\Root\\${cert.thumbprint}`,
  ]);
  expect(render(run(t, GetChildItem, { Path: ['Cert:\\CurrentUser'] }).output.slice(0, 2))).toBe('\nName : TrustedPublisher\n\nName : Root\n\n');
});

test('Set-Location into a store, then relative paths', () => {
  const cert = add('CN=Relative');
  run(t, SetLocation, { Path: 'Cert:\\CurrentUser\\My' });
  expect(thumbprints(run(t, GetItem, { Path: [cert.thumbprint] }).output)).toEqual([cert.thumbprint]);
  expect(run(t, GetChildItem, { Path: ['..\\Root'] }).output).toEqual([]);
});

test('dynamic parameters: -DnsName (wildcards), -Eku, -CodeSigningCert, -SSLServerAuthentication, -ExpiringInDays', () => {
  const web = add('CN=web', { dnsName: ['www.contoso.com', 'api.contoso.com'] });
  const code = add('CN=code', { type: 'CodeSigningCert' });
  const soon = add('CN=soon', { type: 'Custom', notAfter: new Date(Date.now() + 5 * 86_400_000) });
  const path = ['Cert:\\CurrentUser\\My'];
  const names = GetChildItem.dynamicParameters!({ Path: path }, t.session).map((p) => p.name);
  expect(names).toEqual(['CodeSigningCert', 'DocumentEncryptionCert', 'SSLServerAuthentication', 'DnsName', 'Eku', 'ExpiringInDays']);
  expect(thumbprints(run(t, GetChildItem, { Path: path, DnsName: 'api.*' }).output)).toEqual([web.thumbprint]);
  expect(thumbprints(run(t, GetChildItem, { Path: path, CodeSigningCert: true }).output)).toEqual([code.thumbprint]);
  expect(thumbprints(run(t, GetChildItem, { Path: path, SSLServerAuthentication: true }).output)).toEqual([web.thumbprint]);
  expect(thumbprints(run(t, GetChildItem, { Path: path, Eku: ['Client Auth*'] }).output)).toEqual([web.thumbprint]);
  expect(thumbprints(run(t, GetChildItem, { Path: path, ExpiringInDays: 30 }).output)).toEqual([soon.thumbprint]);
});

test('Remove-Item deletes the certificate file; Move-Item carries it (and its key) to another store', () => {
  const gone = add('CN=Gone');
  const moved = add('CN=Moved');
  expect(run(t, RemoveItem, { Path: [`Cert:\\CurrentUser\\My\\${gone.thumbprint}`], DeleteKey: true }).errors).toEqual([]);
  expect(new CertificateStore('CurrentUser', 'My').list().certificates.map((c) => c.subject)).toEqual(['CN=Moved']);
  expect(run(t, RemoveItem, { Path: [`Cert:\\CurrentUser\\My\\${gone.thumbprint}`] }).errors.map((e) => e.errorId)).toEqual(['PathNotFound']);
  run(t, MoveItem, { Path: [`Cert:\\CurrentUser\\My\\${moved.thumbprint}`], Destination: 'Cert:\\LocalMachine\\TrustedPeople' });
  expect(new CertificateStore('CurrentUser', 'My').list().certificates).toEqual([]);
  expect(new CertificateStore('LocalMachine', 'TrustedPeople').list().certificates.map((c) => [c.thumbprint, c.hasPrivateKey])).toEqual([[moved.thumbprint, true]]);
});

test('Format-List of a certificate uses the ThumbprintList view', () => {
  process.env.TZ = 'UTC';
  const cert = add('CN=Listed', { friendlyName: 'Listed cert', notBefore: new Date('2026-01-02T03:04:05Z'), notAfter: new Date('2027-01-02T03:04:05Z') });
  const [item] = run(t, GetChildItem, { Path: ['Cert:\\CurrentUser\\My'] }).output;
  const lines = render([item], { request: { shape: 'list' } }).split('\n');
  expect(lines.slice(0, 7)).toEqual([
    '',
    'Subject      : CN=Listed',
    'Issuer       : CN=Listed',
    `Thumbprint   : ${cert.thumbprint}`,
    'FriendlyName : Listed cert',
    'NotBefore    : 01/02/2026 03:04:05',
    'NotAfter     : 01/02/2027 03:04:05',
  ]);
  // reference §1.5 shows each extension by its Oid ('System.Security.Cryptography.Oid', GetObjectName's *id rule);
  // that needs the format engine to treat adapters without their own ToString as such (see the pki report).
  expect(lines[7]).toMatch(/^Extensions   : \{System\.Security\.Cryptography\./);
  expect(lines.slice(-2)).toEqual(['', '']);
});

test('a corrupt store file is skipped; the provider hands its .NET reason to a warning sink when the core gives one', () => {
  const good = add('CN=Good');
  const store = new CertificateStore('CurrentUser', 'My');
  require('fs').writeFileSync(require('path').join(store.directory, 'BAD.pfx'), 'not a pfx', { mode: 0o600 });
  expect(thumbprints(run(t, GetChildItem, { Path: ['Cert:\\CurrentUser\\My'] }).output)).toEqual([good.thumbprint]);
  const warnings: string[] = [];
  const provider = certificateProviderRegistration().provider;
  const children = provider.getChildItems('CurrentUser/My', { force: false, dynamicParameters: {}, writeWarning: (m: string) => warnings.push(m) } as never);
  expect(children.map((c) => c.name)).toEqual([good.thumbprint]);
  expect(warnings).toEqual([`${require('path').join(store.directory, 'BAD.pfx')}: ASN1 corrupted data.`]);
});
