$o = [pscustomobject]@{ Name = 'base' }
$o | Add-Member -MemberType NoteProperty -Name Extra -Value 42
$o | Add-Member -NotePropertyName Other -NotePropertyValue 'v'
$o | Add-Member -MemberType ScriptMethod -Name Shout -Value { $this.Name.ToUpper() }
$o.Extra
$o.Shout()
$o
