// The store is .NET's own: a certificate psnode adds, pwsh's [X509Store] lists (with its key), and the reverse.
import { CertificateStore, createSelfSignedCertificate, signInMaterial } from '../../src/pki';
import { PWSH, pwsh, TempHome, useTempHome } from './helpers';

let home: TempHome;
beforeEach(() => {
  home = useTempHome();
});
afterEach(() => home.restore());

const describePwsh = PWSH ? describe : describe.skip;
if (!PWSH) console.warn('pwsh is not installed (scripts/install-pwsh): the .NET round-trip tests are skipped');

const listWithPwsh = `
$s = [System.Security.Cryptography.X509Certificates.X509Store]::new('My', 'CurrentUser')
$s.Open('ReadOnly')
$s.Certificates | Sort-Object Subject | ForEach-Object { '{0}|{1}|{2}|{3}' -f $_.Thumbprint, $_.Subject, $_.HasPrivateKey, $_.NotAfter.ToString('o') }
$s.Close()`;

describePwsh('with pwsh', () => {
  test('certificates psnode stores (RSA and ECDSA, with keys) are listed by .NET, and its keys sign', () => {
    const store = new CertificateStore('CurrentUser', 'My');
    const rsa = createSelfSignedCertificate({ subject: 'CN=psnode RSA', keyAlgorithm: 'RSA', keyLength: 2048 });
    const ec = createSelfSignedCertificate({ subject: 'CN=psnode EC', keyAlgorithm: 'ECDSA_nistP256', keyExportPolicy: 'NonExportable' });
    store.add(rsa);
    store.add(ec);
    const lines = pwsh(listWithPwsh, home.dir).trim().split('\n');
    expect(lines.map((l) => l.split('|').slice(0, 3).join('|'))).toEqual([`${ec.thumbprint}|CN=psnode EC|True`, `${rsa.thumbprint}|CN=psnode RSA|True`]);
    const signed = pwsh(
      `$s = [System.Security.Cryptography.X509Certificates.X509Store]::new('My', 'CurrentUser'); $s.Open('ReadOnly')
       $c = $s.Certificates.Find('FindByThumbprint', '${rsa.thumbprint}', $false)[0]
       $k = [System.Security.Cryptography.X509Certificates.RSACertificateExtensions]::GetRSAPrivateKey($c)
       $sig = $k.SignData([byte[]](1,2,3), 'SHA256', [System.Security.Cryptography.RSASignaturePadding]::Pkcs1)
       [System.Security.Cryptography.X509Certificates.RSACertificateExtensions]::GetRSAPublicKey($c).VerifyData([byte[]](1,2,3), $sig, 'SHA256', [System.Security.Cryptography.RSASignaturePadding]::Pkcs1)`,
      home.dir,
    );
    expect(signed.trim()).toBe('True');
  }, 60_000);

  test('a certificate .NET adds to CurrentUser\\My is listed by psnode with its private key', () => {
    const [thumbprint, subject] = pwsh(
      `$rsa = [System.Security.Cryptography.RSA]::Create(2048)
       $req = [System.Security.Cryptography.X509Certificates.CertificateRequest]::new('CN=dotnet made, O=Contoso', $rsa, 'SHA256', [System.Security.Cryptography.RSASignaturePadding]::Pkcs1)
       $c = $req.CreateSelfSigned([DateTimeOffset]::Now.AddDays(-1), [DateTimeOffset]::Now.AddDays(30))
       $s = [System.Security.Cryptography.X509Certificates.X509Store]::new('My', 'CurrentUser'); $s.Open('ReadWrite'); $s.Add($c); $s.Close()
       $c.Thumbprint + '|' + $c.Subject`,
      home.dir,
    )
      .trim()
      .split('|');
    expect(subject).toBe('CN=dotnet made, O=Contoso');
    const { certificates, warnings } = new CertificateStore('CurrentUser', 'My').list();
    expect(warnings).toEqual([]);
    expect(certificates.map((c) => [c.thumbprint, c.subject, c.hasPrivateKey])).toEqual([[thumbprint, subject, true]]);
    expect(signInMaterial(certificates[0])!.privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
  }, 60_000);

  test('a certificate psnode removes is gone for .NET too', () => {
    const store = new CertificateStore('CurrentUser', 'My');
    const cert = createSelfSignedCertificate({ subject: 'CN=Short lived', keyAlgorithm: 'ECDSA_nistP256' });
    store.add(cert);
    expect(store.remove(cert.thumbprint)).toBe(true);
    expect(pwsh(listWithPwsh, home.dir).trim()).toBe('');
  }, 60_000);
});
