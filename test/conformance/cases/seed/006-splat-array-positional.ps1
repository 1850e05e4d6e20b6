function Connect-Entra {
    param([Parameter(Position = 0)] [string] $ClientId, [Parameter(Position = 1)] [string] $TenantId)
    "ClientId=$ClientId TenantId=$TenantId"
}
$list = 'app-1', 'tenant-1'
Connect-Entra @list
