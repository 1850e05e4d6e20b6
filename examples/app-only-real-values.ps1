# The seed page's certificate, secret and managed-identity sign-ins with real values instead of placeholders:
# the sandbox's demo tenant (Get-EntraSandbox), so nothing is substituted. Run: psnode -Sandbox -File <this>.
$sandbox = Get-EntraSandbox

Connect-Entra -ClientId $sandbox.ApplicationId -TenantId $sandbox.TenantId -CertificateThumbprint $sandbox.CertificateThumbprint -NoWelcome
Get-EntraContext | Select-Object ClientId, AuthType, TokenCredentialType, AppName | Out-Host

$secret = ConvertTo-SecureString -String $sandbox.ClientSecret -AsPlainText -Force
$credential = New-Object -TypeName System.Management.Automation.PSCredential -ArgumentList $sandbox.ApplicationId, $secret
Connect-Entra -TenantId $sandbox.TenantId -ClientSecretCredential $credential -NoWelcome
Get-EntraUser -Top 3 | Out-Host

Connect-Entra -Identity -ClientId $sandbox.UserAssignedIdentityClientId -NoWelcome
(Get-EntraContext).AuthType
Disconnect-Entra | Out-Null
