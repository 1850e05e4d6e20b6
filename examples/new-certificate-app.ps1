# The companion page's flow: create a self-signed certificate in Cert:\CurrentUser\My, register it on a new
# application in the sandbox tenant, and sign in with it. Run: psnode -Sandbox -File <this>.
$certname = 'psnode example app'
$cert = New-SelfSignedCertificate -Subject "CN=$certname" -CertStoreLocation 'Cert:\CurrentUser\My' -KeyExportPolicy Exportable -KeySpec Signature -KeyLength 2048 -KeyAlgorithm RSA -HashAlgorithm SHA256

$app = New-EntraSandboxApplication -DisplayName $certname -Certificate $cert -Permission 'User.Read.All'
Connect-Entra -ClientId $app.ApplicationId -TenantId $app.TenantId -CertificateThumbprint $cert.Thumbprint
Get-EntraUser -Top 3
Disconnect-Entra | Out-Null
