# Input that binds to nothing: a non-terminating error per object, the others still processed.
Set-Content a.txt 'alpha'
42, (Get-Item a.txt), [pscustomobject]@{ Name = 'x' } | Get-Content
$e = $null
[pscustomobject]@{ Name = 'x' } | Get-Content -ErrorVariable e -ErrorAction SilentlyContinue
$e[0].FullyQualifiedErrorId
$e[0].CategoryInfo.ToString()
$e[0].Exception.GetType().FullName
$e[0].TargetObject
