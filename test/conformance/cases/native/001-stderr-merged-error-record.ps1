# stderr under 2>&1 becomes ErrorRecords: the first line NativeCommandError, the rest NativeCommandErrorMessage
$r = sh -c 'echo first 1>&2; echo second 1>&2' 2>&1
$r.Count
$r[0].GetType().FullName
$r[0].FullyQualifiedErrorId
$r[0].TargetObject
$r[0].Exception.GetType().FullName
$r[0].Exception.Message
$r[0].CategoryInfo.ToString()
$r[0].InvocationInfo.MyCommand.Name
$r[1].FullyQualifiedErrorId
$null -eq $r[1].TargetObject
$r[1].CategoryInfo.ToString()
"$r"
