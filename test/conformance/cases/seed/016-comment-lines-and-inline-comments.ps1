# Define the Application (Client) ID and Secret
$applicationClientId = '<application(client)ID>' # Application (Client) ID
$tenantId = 'Tenant_Id' # Tenant ID
"$applicationClientId / $tenantId"
