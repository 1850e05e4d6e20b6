function Connect-Entra {
    param([string] $ClientId, [string] $TenantId)
    "ClientId=$ClientId"
}
$params = @{
ClientId = 'YOUR_APP_ID'
Tenant = 'YOUR_TENANT_ID'
}
Connect-Entra @params
