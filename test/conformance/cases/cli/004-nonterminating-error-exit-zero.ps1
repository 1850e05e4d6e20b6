Write-Error 'non-terminating'
'done'
