$cred = [pscredential]::new('user', ('pw' | ConvertTo-SecureString -AsPlainText -Force))
$cred.UserName
$cred.GetNetworkCredential().Password
