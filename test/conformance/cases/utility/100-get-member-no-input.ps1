$null | Get-Member; "after $?"
@() | Get-Member; "empty $?"
1 | Get-Member -Name NoSuch; "nosuch $?"
$e = $Error[0]; $e.FullyQualifiedErrorId; $e.CategoryInfo.Category; $e.Exception.GetType().FullName; $e.CategoryInfo.ToString()
try { Get-Member -ErrorAction Stop } catch { "caught: $_" }
