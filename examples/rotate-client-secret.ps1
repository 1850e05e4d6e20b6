# Adds a client secret to the demo application's service principal with New-EntraServicePrincipalPasswordCredential
# and signs in with it at once. Run: psnode -Sandbox -File <this>.
$sandbox = Get-EntraSandbox
Connect-Entra -ClientId $sandbox.ApplicationId -TenantId $sandbox.TenantId -CertificateThumbprint $sandbox.CertificateThumbprint -NoWelcome

$new = New-EntraServicePrincipalPasswordCredential -ServicePrincipalId $sandbox.ServicePrincipalId -DisplayName 'rotated by psnode'
$secret = ConvertTo-SecureString -String $new.SecretText -AsPlainText -Force
$credential = New-Object -TypeName System.Management.Automation.PSCredential -ArgumentList $sandbox.ApplicationId, $secret
Connect-Entra -TenantId $sandbox.TenantId -ClientSecretCredential $credential
Get-EntraContext | Select-Object ClientId, TokenCredentialType
