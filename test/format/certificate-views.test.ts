// The certificate views (reference/pwsh-format.md §1.2–1.4; pwsh on Linux has no Cert: drive, so the reference is
// the truth): ThumbprintTable grouped by PSParentPath, ThumbprintList for Format-List, stores and store locations.

import { Hashtable, PSObject } from '../../src/runtime/values';
import { obj, render } from './helpers';

const CERT = 'System.Security.Cryptography.X509Certificates.X509Certificate2';
const PARENT = 'Microsoft.PowerShell.Security\\Certificate::CurrentUser\\My';

function typed(typeName: string, entries: Array<[string, unknown]>): PSObject {
  const o = new PSObject(undefined, [typeName, 'System.Object']);
  for (const [k, v] of entries) o.setNote(k, v);
  return o;
}

function cert(thumbprint: string, subject: string, ekus: string[], parent: string | null = PARENT): PSObject {
  return typed(CERT, [
    ['PSParentPath', parent],
    ['Thumbprint', thumbprint],
    ['Subject', subject],
    ['EnhancedKeyUsageList', ekus.map((name) => obj(['FriendlyName', name], ['ObjectId', '1.3.6.1']))],
    ['SubjectName', obj(['Name', subject])],
    ['IssuerName', obj(['Name', subject])],
    ['FriendlyName', ''],
    ['NotBefore', '1/1/2024 10:00:00 AM'],
    ['NotAfter', '1/1/2025 10:00:00 AM'],
    ['Extensions', []],
  ]);
}

test('Get-ChildItem Cert:\\CurrentUser\\My: group header, fixed 41/20 columns, EKU column takes the rest', () => {
  // 79 columns leave 16 for EnhancedKeyUsageList, so its label wraps (as any label wider than its column)
  const certs = [
    cert('FBC22CDCE5C3883FE36674993ED003C8438C0A79', 'CN=testcert.steve', ['Code Signing']),
    cert('9552B870CF7AB1D0506BC7E3EA89BC8A279E0723', 'CN=zwin7fh14scd.westus.example', ['Client Authentication', 'Server Authentication']),
    cert('4D4917CB140714BA5B81B96E0B18AAF2C4564FDF', 'CN=PowerShell User', []),
  ];
  expect(render(certs)).toBe(
    [
      '',
      `   PSParentPath: ${PARENT}`,
      '',
      'Thumbprint                                Subject              EnhancedKeyUsage',
      '                                                               List',
      '----------                                -------              ----------------',
      'FBC22CDCE5C3883FE36674993ED003C8438C0A79  CN=testcert.steve    Code Signing',
      '9552B870CF7AB1D0506BC7E3EA89BC8A279E0723  CN=zwin7fh14scd.wes\u2026 {Client Authent\u2026',
      '4D4917CB140714BA5B81B96E0B18AAF2C4564FDF  CN=PowerShell User   ',
      '',
      '',
    ].join('\n'),
  );
});

test('on a 120-column terminal the EKU column shows whole lists', () => {
  const certs = [cert('9552B870CF7AB1D0506BC7E3EA89BC8A279E0723', 'CN=zwin7fh14scd.westus.example', ['Client Authentication', 'Server Authentication'])];
  expect(render(certs, { columns: 119 })).toBe(
    [
      '',
      `   PSParentPath: ${PARENT}`,
      '',
      'Thumbprint                                Subject              EnhancedKeyUsageList',
      '----------                                -------              --------------------',
      '9552B870CF7AB1D0506BC7E3EA89BC8A279E0723  CN=zwin7fh14scd.wes\u2026 {Client Authentication, Server Authentication}',
      '',
      '',
    ].join('\n'),
  );
});

test('a certificate without PSParentPath (Get-PfxCertificate) has no group header', () => {
  expect(render([cert('4D4917CB140714BA5B81B96E0B18AAF2C4564FDF', 'CN=foo', [], null)])).toBe(
    [
      '',
      'Thumbprint                                Subject              EnhancedKeyUsage',
      '                                                               List',
      '----------                                -------              ----------------',
      '4D4917CB140714BA5B81B96E0B18AAF2C4564FDF  CN=foo               ',
      '',
      '',
    ].join('\n'),
  );
});

test('Format-List uses ThumbprintList', () => {
  expect(render([cert('4D4917CB140714BA5B81B96E0B18AAF2C4564FDF', 'CN=foo', [])], { request: { shape: 'list' } })).toBe(
    [
      '',
      'Subject      : CN=foo',
      'Issuer       : CN=foo',
      'Thumbprint   : 4D4917CB140714BA5B81B96E0B18AAF2C4564FDF',
      'FriendlyName : ',
      'NotBefore    : 1/1/2024 10:00:00 AM',
      'NotAfter     : 1/1/2025 10:00:00 AM',
      'Extensions   : {}',
      '',
      '',
    ].join('\n'),
  );
});

test('store locations and stores are list entries', () => {
  const location = typed('Microsoft.PowerShell.Commands.X509StoreLocation', [
    ['Location', 'CurrentUser'],
    ['StoreNames', Hashtable.from([['My', true], ['Root', true], ['CA', true], ['Trust', true], ['Disallowed', true]])],
  ]);
  const store = (name: string) => typed('System.Security.Cryptography.X509Certificates.X509Store', [['Name', name], ['Location', 'CurrentUser']]);
  expect(render([store('My'), store('Root')])).toBe('\nName : My\n\nName : Root\n\n');
  const text = render([location]);
  expect(text.startsWith('\nLocation   : CurrentUser\nStoreNames : {')).toBe(true);
  expect(text.endsWith('\u2026}\n\n')).toBe(true);
});
