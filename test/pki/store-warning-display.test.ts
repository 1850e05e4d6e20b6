// A store file that cannot be read is skipped with a warning the user sees, and the listing goes on (issue 3).

import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRunspace } from '../../src/host';

test('Get-ChildItem Cert:\\CurrentUser\\My warns about a corrupt file and lists the rest', () => {
  const home = mkdtempSync(join(tmpdir(), 'psnode-storewarn-'));
  const saved = { HOME: process.env.HOME, PSNODE_HOME: process.env.PSNODE_HOME };
  process.env.HOME = home;
  process.env.PSNODE_HOME = join(home, '.psnode');
  try {
    let text = '';
    const rs = createRunspace({ write: (t) => void (text += t), writeErrorLine: (t) => void (text += t + '\n') });
    rs.invoke(`$null = New-SelfSignedCertificate -Subject 'CN=ok' -CertStoreLocation Cert:\\CurrentUser\\My`);
    const corrupt = join(home, '.dotnet/corefx/cryptography/x509stores/my/0000000000000000000000000000000000000000.pfx');
    writeFileSync(corrupt, 'garbage');
    chmodSync(corrupt, 0o600);
    rs.runScript(`(Get-ChildItem Cert:\\CurrentUser\\My).Subject`);
    expect(text).toBe(`WARNING: ${corrupt}: ASN1 corrupted data.\nCN=ok\n`);
  } finally {
    process.env.HOME = saved.HOME;
    process.env.PSNODE_HOME = saved.PSNODE_HOME;
    rmSync(home, { recursive: true, force: true });
  }
});
