$items = [pscustomobject]@{ N = 2 }, [pscustomobject]@{ N = 5 }
($items | Measure-Object -Property N -Sum).Sum
