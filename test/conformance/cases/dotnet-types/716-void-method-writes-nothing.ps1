# A void .NET method writes nothing to the pipeline
$r = @([System.IO.File]::WriteAllText("$PWD/a.txt", 'b'))
$r.Count
@([Environment]::SetEnvironmentVariable('PSNODE_X', 'y')).Count
$env:PSNODE_X
