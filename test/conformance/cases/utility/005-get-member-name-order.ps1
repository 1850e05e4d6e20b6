$o = [pscustomobject]@{ Zeta = 1; Alpha = 'x' }
$o | Add-Member -MemberType ScriptMethod -Name Hello -Value { 'hi' }
$o | Add-Member -MemberType AliasProperty -Name A -Value Alpha
$o | Get-Member
$o | Get-Member -Name Z*, A*
$o | Get-Member -MemberType NoteProperty | Select-Object Name, MemberType
