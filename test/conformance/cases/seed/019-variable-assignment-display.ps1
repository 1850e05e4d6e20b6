$applicationClientId = '<application(client)ID>'
$applicationClientId
$params = [ordered]@{
    ClientId = 'YOUR_APP_ID'
    TenantId = 'YOUR_TENANT_ID'
}
$params
