// Pipeline input binds in pwsh's four phases (by value, by property name; each first without, then with type
// coercion): a certificate from Cert: binds Remove-Item's -LiteralPath through its PSPath property rather than
// -Path through its string form, so piping certificates into Remove-Item deletes their store files.

import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRunspace } from '../../src/host';

describe('pipeline binding on the Cert: drive', () => {
  let home: string;
  const saved = { HOME: process.env.HOME, PSNODE_HOME: process.env.PSNODE_HOME };
  beforeEach(() => {
    home = mkdtempSync(join(tmpdir(), 'psnode-pipebind-'));
    process.env.HOME = home;
    process.env.PSNODE_HOME = join(home, '.psnode');
  });
  afterEach(() => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    rmSync(home, { recursive: true, force: true });
  });

  const store = () => join(home, '.dotnet', 'corefx', 'cryptography', 'x509stores', 'my');

  function run(script: string): { out: unknown[]; errors: string } {
    let errors = '';
    const rs = createRunspace({ write: () => undefined, writeErrorLine: (t) => void (errors += t + '\n') });
    return { out: rs.invoke(script), errors };
  }

  test('piping one certificate into Remove-Item removes its file from the store', () => {
    const { out, errors } = run(`
      $keep = New-SelfSignedCertificate -Subject 'CN=keep' -CertStoreLocation Cert:\\CurrentUser\\My
      $gone = New-SelfSignedCertificate -Subject 'CN=gone' -CertStoreLocation Cert:\\CurrentUser\\My
      Get-ChildItem "Cert:\\CurrentUser\\My\\$($gone.Thumbprint)" | Remove-Item
      $gone.Thumbprint
      $keep.Thumbprint
    `);
    expect(errors).toBe('');
    const [gone, keep] = out as string[];
    expect(existsSync(join(store(), `${gone}.pfx`))).toBe(false);
    expect(existsSync(join(store(), `${keep}.pfx`))).toBe(true);
  });

  test('Get-ChildItem Cert:\\CurrentUser\\My | Remove-Item empties the store', () => {
    const { out, errors } = run(`
      1..3 | ForEach-Object { $null = New-SelfSignedCertificate -Subject "CN=c$_" -CertStoreLocation Cert:\\CurrentUser\\My }
      @(Get-ChildItem Cert:\\CurrentUser\\My).Count
      Get-ChildItem Cert:\\CurrentUser\\My | Remove-Item
      @(Get-ChildItem Cert:\\CurrentUser\\My).Count
    `);
    expect(errors).toBe('');
    expect(out).toEqual([3, 0]);
    expect(readdirSync(store())).toEqual([]);
  });

  test('a certificate binds -LiteralPath (set LiteralPath), not -Path', () => {
    const { out, errors } = run(`
      function Show-Binding {
        [CmdletBinding(DefaultParameterSetName = 'Path')]
        param(
          [Parameter(ParameterSetName = 'Path', ValueFromPipeline, ValueFromPipelineByPropertyName)][string[]]$Path,
          [Parameter(ParameterSetName = 'LiteralPath', ValueFromPipelineByPropertyName)][Alias('PSPath')][string[]]$LiteralPath
        )
        process { "$($PSCmdlet.ParameterSetName) $LiteralPath" }
      }
      $c = New-SelfSignedCertificate -Subject 'CN=one' -CertStoreLocation Cert:\\CurrentUser\\My
      Get-ChildItem Cert:\\CurrentUser\\My | Show-Binding
      $c.Thumbprint
    `);
    expect(errors).toBe('');
    expect(out[0]).toBe(`LiteralPath Microsoft.PowerShell.Security\\Certificate::CurrentUser\\My\\${out[1]}`);
  });
});
