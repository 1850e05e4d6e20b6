class Secret { [string]$Name = 'n'; hidden [string]$Token = 't' }
$s = [Secret]::new()
$s
$s.Token
($s | Get-Member -MemberType Property).Name
