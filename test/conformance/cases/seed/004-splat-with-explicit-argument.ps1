function Connect-Entra {
    param([string] $ClientId, [string] $TenantId, [switch] $NoWelcome)
    "ClientId=$ClientId TenantId=$TenantId NoWelcome=$NoWelcome"
}
$params = @{ ClientId = 'YOUR_APP_ID'; TenantId = 'YOUR_TENANT_ID' }
Connect-Entra @params -NoWelcome
