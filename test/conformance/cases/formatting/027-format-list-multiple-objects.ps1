[pscustomobject]@{ A = 1 }, [pscustomobject]@{ A = 2 } | Format-List
