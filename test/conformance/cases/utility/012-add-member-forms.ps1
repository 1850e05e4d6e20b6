$o = [pscustomobject]@{ A = 1 }
$o | Add-Member -NotePropertyName A -NotePropertyValue 2
$o | Add-Member -MemberType ScriptProperty -Name Double -Value { $this.A * 2 }
$o | Add-Member -NotePropertyMembers @{ B = 3 }
$o | Add-Member -TypeName My.Thing
$o.Double
$o.psobject.TypeNames[0]
$o | Add-Member -NotePropertyName A -NotePropertyValue 9 -Force -PassThru | Select-Object A, B
$s = 'text' | Add-Member -NotePropertyName Tag -NotePropertyValue 'kept' -PassThru
$s.Tag
