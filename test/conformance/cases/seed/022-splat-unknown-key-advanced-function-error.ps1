function Connect-Entra {
    [CmdletBinding()]
    param([string] $ClientId, [string] $TenantId)
    "ClientId=$ClientId"
}
$params = @{
ClientId = 'YOUR_APP_ID'
Region = 'west'
}
Connect-Entra @params
'after'
