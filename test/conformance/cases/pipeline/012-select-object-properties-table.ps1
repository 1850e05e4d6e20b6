$items = [pscustomobject]@{ Name = 'one'; Size = 1; Extra = 'x' }, [pscustomobject]@{ Name = 'two'; Size = 22; Extra = 'y' }
$items | Select-Object Name, Size
