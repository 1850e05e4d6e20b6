Write-Error 'first problem'
'continues after'
