[pscustomobject]@{ N = -1 }, [pscustomobject]@{ N = 100 }, [pscustomobject]@{ N = -2000 }
