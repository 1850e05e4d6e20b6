Write-Host (1, 2, 3)
Write-Host 'a' 'b' 3
Write-Host -Object ('x', 'y') -Separator ', '
