$applicationClientId = '<application(client)ID>'
$secureClientSecret = ConvertTo-SecureString -String '<secret.value>' -AsPlainText -Force
$clientSecretCredential = New-Object -TypeName System.Management.Automation.PSCredential -ArgumentList $applicationClientId, $secureClientSecret
$clientSecretCredential.UserName
$clientSecretCredential.Password.GetType().Name
$clientSecretCredential.GetType().FullName
