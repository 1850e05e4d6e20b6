// The docs flows through the psnode CLI (dist/, built by `npm test`'s pretest): the seed page's Cert: lines with
// fixed certificates print what PowerShell prints, and the companion page's example runs and its files pass openssl.
import { execFileSync, spawnSync } from 'child_process';
import { readdirSync, statSync } from 'fs';
import { join } from 'path';
import { CertificateStore, loadCertificateFile } from '../../src/pki';
import { FIXTURES, hasOpenssl, openssl, TempHome, useTempHome } from './helpers';

const ROOT = join(__dirname, '..', '..');
const PSNODE = join(ROOT, 'bin', 'psnode.js');

let home: TempHome;
beforeEach(() => {
  home = useTempHome();
});
afterEach(() => home.restore());

function psnode(args: string[]): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync(process.execPath, [PSNODE, '-NoProfile', ...args], {
    env: { ...process.env, NO_COLOR: '1', TZ: 'UTC' },
    encoding: 'utf8',
    cwd: home.dir,
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

/** The two fixture certificates in CurrentUser\My, in the order the store directory lists them (as .NET does). */
function seedStore(): string[] {
  const store = new CertificateStore('CurrentUser', 'My');
  store.add(loadCertificateFile(join(FIXTURES, 'rsa-secret.pfx'), { password: 'secret' }));
  store.add(loadCertificateFile(join(FIXTURES, 'dotnet-store.pfx')));
  return readdirSync(store.directory).map((file) => file.replace(/\.pfx$/, ''));
}

const ROWS: Record<string, { table: string; subject: string }> = {
  '2F88F74DABA85ACA022476A1792CFBF2D56C7CE5': {
    table: '2F88F74DABA85ACA022476A1792CFBF2D56C7CE5  E=a@b.com, CN=my ap… {Client Authent…',
    subject: 'E=a@b.com, CN=my app.contoso.com, OU="Dev, Team", O=Contoso Ltd, L=Redmond, S=…',
  },
  '66B3AFBB9535918CD8BA06D747CBA5EE64EFFF6F': {
    table: '66B3AFBB9535918CD8BA06D747CBA5EE64EFFF6F  CN=dotnet-made       ',
    subject: 'CN=dotnet-made',
  },
};

test('Get-ChildItem Cert:\\CurrentUser\\My prints the certificate table (80 columns, no terminal)', () => {
  const order = seedStore();
  const { stdout, status } = psnode(['-Command', 'Get-ChildItem Cert:\\CurrentUser\\My']);
  expect(status).toBe(0);
  expect(stdout).toBe(
    [
      '',
      '   PSParentPath: Microsoft.PowerShell.Security\\Certificate::CurrentUser\\My',
      '',
      'Thumbprint                                Subject              EnhancedKeyUsage',
      '                                                               List',
      '----------                                -------              ----------------',
      ...order.map((t) => ROWS[t].table),
      '',
      '',
    ].join('\n'),
  );
});

test('Get-ChildItem Cert:\\CurrentUser\\My\\$CertThumbprint | Select Subject: an empty thumbprint lists the store', () => {
  const order = seedStore();
  const { stdout, status } = psnode(['-Command', 'Get-ChildItem Cert:\\CurrentUser\\My\\$CertThumbprint | Select Subject']);
  expect(status).toBe(0);
  // The same layout pwsh gives [pscustomobject]s with these Subject values (recorded from pwsh 7.6.9).
  expect(stdout).toBe(['', 'Subject', '-------', ...order.map((t) => ROWS[t].subject), '', ''].join('\n'));
  const one = psnode(['-Command', '$CertThumbprint = "66b3afbb9535918cd8ba06d747cba5ee64efff6f"; Get-ChildItem Cert:\\CurrentUser\\My\\$CertThumbprint | Select Subject']);
  expect(one.stdout).toBe('\nSubject\n-------\nCN=dotnet-made\n\n');
});

test('the companion example runs clean; its .cer and .pfx pass the openssl checks', () => {
  const { stdout, stderr, status } = psnode(['-File', join(ROOT, 'examples', 'companion-self-signed-certificate.ps1')]);
  expect(stderr).toBe('');
  expect(status).toBe(0);
  expect(stdout).toContain('Subject : CN=psnode-companion');
  const cer = join(home.dir, 'psnode-companion.cer');
  const pfx = join(home.dir, 'psnode-companion.pfx');
  expect(statSync(pfx).mode & 0o777).toBe(0o600);
  expect(loadCertificateFile(cer).subject).toBe('CN=psnode-companion');
  expect(loadCertificateFile(pfx, { password: '{myPassword}' }).hasPrivateKey).toBe(true);
  if (hasOpenssl()) {
    expect(openssl(['x509', '-inform', 'der', '-in', cer, '-noout', '-subject']).toString()).toBe('subject=CN = psnode-companion\n');
    expect(execFileSync('openssl', ['pkcs12', '-in', pfx, '-passin', 'pass:{myPassword}', '-nodes'], { encoding: 'utf8' })).toContain('-----BEGIN PRIVATE KEY-----');
  }
});

test('bad Cert: paths give pwsh-style errors, not stack traces', () => {
  const { stderr, status } = psnode(['-Command', 'Get-ChildItem Cert:\\CurrentUser\\Nowhere; Get-Item Cert:\\CurrentUser\\My\\ABCDEF']);
  expect(status).toBe(1);
  expect(stderr).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
  expect(stderr).toContain("Cannot find path 'Cert:\\CurrentUser\\Nowhere' because it does not exist.");
  expect(stderr).toContain("Cannot find path 'Cert:\\CurrentUser\\My\\ABCDEF' because it does not exist.");
});
