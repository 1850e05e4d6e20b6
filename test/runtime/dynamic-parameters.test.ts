// A provider's dynamic parameters bind like any other: Cert:'s -DnsName, -CodeSigningCert and -SSLServerAuthentication
// on Get-ChildItem filter the store; a name no parameter (static or dynamic) takes is still pwsh's error.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRunspace } from '../../src/host';

describe('dynamic parameters of the provider behind -Path', () => {
  let home: string;
  const saved = { HOME: process.env.HOME, PSNODE_HOME: process.env.PSNODE_HOME };
  beforeAll(() => {
    home = mkdtempSync(join(tmpdir(), 'psnode-dynparams-'));
    process.env.HOME = home;
    process.env.PSNODE_HOME = join(home, '.psnode');
  });
  afterAll(() => {
    process.env.HOME = saved.HOME;
    process.env.PSNODE_HOME = saved.PSNODE_HOME;
    rmSync(home, { recursive: true, force: true });
  });

  test('Get-ChildItem Cert: filters by -DnsName, -CodeSigningCert and -SSLServerAuthentication', () => {
    let errors = '';
    const rs = createRunspace({ write: () => undefined, writeErrorLine: (t) => void (errors += t + '\n') });
    const out = rs.invoke(`
      $null = New-SelfSignedCertificate -DnsName web.example.com -CertStoreLocation Cert:\\CurrentUser\\My -Type SSLServerAuthentication
      $null = New-SelfSignedCertificate -Subject 'CN=code' -CertStoreLocation Cert:\\CurrentUser\\My -Type CodeSigningCert
      (Get-ChildItem Cert:\\CurrentUser\\My -DnsName web*).Subject
      (Get-ChildItem Cert:\\CurrentUser\\My -CodeSigningCert).Subject
      (Get-ChildItem Cert:\\CurrentUser\\My -SSLServerAuthentication).Subject
      @(Get-ChildItem Cert:\\CurrentUser\\My).Count
    `);
    expect(errors).toBe('');
    expect(out).toEqual(['CN=web.example.com', 'CN=code', 'CN=web.example.com', 2]);
  });

  test('an unknown name is still NamedParameterNotFound', () => {
    const rs = createRunspace({ write: () => undefined, writeErrorLine: () => undefined });
    const out = rs.invoke(`
      try { Get-ChildItem Cert:\\CurrentUser\\My -Nope } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
    `);
    expect(out).toEqual([
      'NamedParameterNotFound,Microsoft.PowerShell.Commands.GetChildItemCommand',
      "A parameter cannot be found that matches parameter name 'Nope'.",
    ]);
  });
});
