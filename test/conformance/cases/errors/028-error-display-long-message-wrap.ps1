Write-Error ('word ' * 30)
