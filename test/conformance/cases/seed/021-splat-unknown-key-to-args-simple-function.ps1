function Connect-Entra {
    param([string] $ClientId, [string] $TenantId)
    "ClientId=$ClientId args=$args"
}
$params = @{
ClientId = 'YOUR_APP_ID'
Region = 'west'
}
Connect-Entra @params
'after'
