& { Write-Output 'o'; Write-Warning 'w'; Write-Error 'e' } *> $null
'after'
