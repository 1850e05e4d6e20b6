# A new application allowed to manage credentials (Application.ReadWrite.All) adds a client secret to its own
# service principal with New-EntraServicePrincipalPasswordCredential, then signs in with that secret at once.
# Run: psnode -Sandbox -File <this>.
$certname = 'psnode secret rotation'
$cert = New-SelfSignedCertificate -Subject "CN=$certname" -CertStoreLocation 'Cert:\CurrentUser\My' -KeySpec Signature -KeyLength 2048 -KeyAlgorithm RSA -HashAlgorithm SHA256
$app = New-EntraSandboxApplication -DisplayName $certname -Certificate $cert -Permission 'Application.ReadWrite.All'
Connect-Entra -ClientId $app.ApplicationId -TenantId $app.TenantId -CertificateThumbprint $cert.Thumbprint -NoWelcome

$new = New-EntraServicePrincipalPasswordCredential -ServicePrincipalId $app.ServicePrincipalId -DisplayName 'rotated by psnode'
$secret = ConvertTo-SecureString -String $new.SecretText -AsPlainText -Force
$credential = New-Object -TypeName System.Management.Automation.PSCredential -ArgumentList $app.ApplicationId, $secret
Connect-Entra -TenantId $app.TenantId -ClientSecretCredential $credential -NoWelcome
Get-EntraContext | Select-Object ClientId, TokenCredentialType
