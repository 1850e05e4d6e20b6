'1.5' -as [double]
'2024-01-02' -as [datetime] | ForEach-Object { $_.Month }
'x' -as [int[]]
