$rows = @(
    [pscustomobject]@{ G = 'b'; N = 2 }
    [pscustomobject]@{ G = 'a'; N = 3 }
    [pscustomobject]@{ G = 'b'; N = 1 }
    [pscustomobject]@{ G = 'a'; N = 1 }
)
$rows | Sort-Object G, N | ForEach-Object { "$($_.G)$($_.N)" }
