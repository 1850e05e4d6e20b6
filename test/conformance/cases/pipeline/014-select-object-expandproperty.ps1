$items = [pscustomobject]@{ Name = 'one' }, [pscustomobject]@{ Name = 'two' }
$items | Select-Object -ExpandProperty Name
