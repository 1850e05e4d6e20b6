$rows = [pscustomobject]@{ Name = 'x'; V = 1 }, [pscustomobject]@{ Name = 'y'; V = 3 }, [pscustomobject]@{ Name = 'z'; V = 2 }
$rows | Sort-Object V -Descending
