$people = @(
    [pscustomobject]@{ Name = 'Ann'; Team = 'Blue'; Level = 2 }
    [pscustomobject]@{ Name = 'Bob'; Team = 'Red'; Level = 1 }
    [pscustomobject]@{ Name = 'Cid'; Team = 'Blue'; Level = 1 }
)
$people | Group-Object Team
$people | Group-Object Team, Level -NoElement
$byTeam = $people | Group-Object Team -AsHashTable -AsString
$byTeam['Blue'].Name -join ','
'apple', 'Avocado', 'banana' | Group-Object { $_.Substring(0, 1) } -CaseSensitive
