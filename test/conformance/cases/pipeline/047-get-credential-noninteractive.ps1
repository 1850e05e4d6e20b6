Get-Credential
