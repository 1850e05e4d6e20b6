$applicationClientSecret = '<secret.value>'
$secureClientSecret = ConvertTo-SecureString -String $applicationClientSecret -AsPlainText -Force
$secureClientSecret.GetType().FullName
$secureClientSecret.Length
