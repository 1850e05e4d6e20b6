$rows = [pscustomobject]@{ N = 2 }, [pscustomobject]@{ N = 3 }
$rows | Format-Table @{ Label = 'Number'; Expression = { $_.N } }, @{ Label = 'Square'; Expression = { $_.N * $_.N } }
