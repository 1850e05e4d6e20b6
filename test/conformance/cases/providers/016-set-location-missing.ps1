Set-Location does-not-exist
'after'
