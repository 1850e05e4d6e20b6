$items = [pscustomobject]@{ Name = 'one'; Size = 1 }, [pscustomobject]@{ Name = 'two'; Size = 2 }
$items | Select-Object Name, @{ Name = 'Double'; Expression = { $_.Size * 2 } }
