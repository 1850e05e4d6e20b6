$items = [pscustomobject]@{ Name = 'a'; On = $true }, [pscustomobject]@{ Name = 'b'; On = $false }
$items | Where-Object On | ForEach-Object Name
$items | Where-Object -Not On | ForEach-Object Name
$items | Where-Object Name -Like 'b*' | ForEach-Object Name
$items | Where-Object Name -In 'a', 'z' | ForEach-Object Name
