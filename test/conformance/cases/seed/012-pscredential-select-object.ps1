$secure = ConvertTo-SecureString -String 'secret' -AsPlainText -Force
$cred = New-Object -TypeName System.Management.Automation.PSCredential -ArgumentList 'app-id', $secure
$cred | Select-Object UserName
