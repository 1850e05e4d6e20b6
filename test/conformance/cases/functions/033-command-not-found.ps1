Get-Nonexistent-Command-Xyz
'still running'
