function Get-List { return 1, 2, 3 }
$r = Get-List
$r.Count
function Get-Wrapped { return , (1, 2, 3) }
(Get-Wrapped).Count
