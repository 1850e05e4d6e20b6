# A guided tour of Microsoft's "Use app-only authentication" page for Microsoft Entra PowerShell: each of the
# page's scripts, exactly as printed, echoed and then run against the psnode sandbox (npm start).
# In the sandbox the page's placeholders (YOUR_APP_ID, ...) stand for the demo tenant's values.
$snippets = @(
    @{
        Title = 'Use Certificate Thumbprint'
        Code  = @'
$params = @{
ClientId = 'YOUR_APP_ID'
TenantId = 'YOUR_TENANT_ID'
CertificateThumbprint = 'YOUR_CERT_THUMBPRINT'
}
Connect-Entra @params
'@
    }
    @{
        Title = 'Find the certificate thumbprint'
        Code  = @'
Get-ChildItem Cert:\CurrentUser\My
'@
    }
    @{
        Title = 'Use Certificate name'
        Code  = @'
$params = @{
ClientId = 'YOUR_APP_ID'
TenantId = 'YOUR_TENANT_ID'
CertificateName = 'YOUR_CERT_SUBJECT'
}
Connect-Entra @params
'@
    }
    @{
        Title = 'Find the certificate subject'
        Code  = @'
Get-ChildItem Cert:\CurrentUser\My\$CertThumbprint | Select Subject
'@
    }
    @{
        Title = 'Use a certificate'
        Code  = @'
$cert = Get-ChildItem Cert:\CurrentUser\My\$CertThumbprint
Connect-Entra -ClientId 'YOUR_APP_ID' -TenantId 'YOUR_TENANT_ID' -Certificate $cert
'@
    }
    @{
        Title = 'Verify the app-only sign-in'
        Code  = @'
Get-EntraContext
'@
    }
    @{
        Title = 'Use client secret credentials'
        Code  = @'
# Define the Application (Client) ID and Secret
$applicationClientId = '<application(client)ID>' # Application (Client) ID
$applicationClientSecret = '<secret.value>' # Application Secret Value
$tenantId = 'Tenant_Id' # Tenant ID
# Convert the Client Secret to a Secure String
$secureClientSecret = ConvertTo-SecureString -String $applicationClientSecret -AsPlainText -Force
# Create a PSCredential Object Using the Client ID and Secure Client Secret
$clientSecretCredential = New-Object -TypeName System.Management.Automation.PSCredential -ArgumentList $applicationClientId, $secureClientSecret
# Connect to Microsoft Graph Using the Tenant ID and Client Secret Credential
Connect-Entra -TenantId $tenantId -ClientSecretCredential $clientSecretCredential
'@
    }
    @{
        Title = 'System-assigned managed identity'
        Code  = @'
Connect-Entra -Identity
'@
    }
    @{
        Title = 'User-assigned managed identity'
        Code  = @'
Connect-Entra -Identity -ClientId 'User_Assigned_Managed_identity_Client_Id'
'@
    }
)

foreach ($snippet in $snippets) {
    Write-Host "## $($snippet.Title)"
    Write-Host $snippet.Code
    Write-Host ''
    Invoke-Expression $snippet.Code | Out-Host
}
