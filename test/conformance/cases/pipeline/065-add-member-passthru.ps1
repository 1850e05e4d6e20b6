$o = [pscustomobject]@{ A = 1 } | Add-Member -NotePropertyName B -NotePropertyValue 2 -PassThru
$o.B
