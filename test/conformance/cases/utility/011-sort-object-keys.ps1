$rows = @(
    [pscustomobject]@{ N = 'b'; V = 2 }
    [pscustomobject]@{ N = 'a'; V = 2 }
    [pscustomobject]@{ N = 'c'; V = 1 }
)
($rows | Sort-Object V, N | ForEach-Object N) -join ','
($rows | Sort-Object @{ e = 'V'; Descending = $true }, @{ e = 'N'; Ascending = $true } | ForEach-Object N) -join ','
(5, 3, 9, 1 | Sort-Object -Top 2) -join ','
(5, 3, 9, 1 | Sort-Object -Bottom 2 -Descending) -join ','
('b', 'B', 'a' | Sort-Object -CaseSensitive) -join ','
('b', 'B', 'a', 'A' | Sort-Object -Unique) -join ','
