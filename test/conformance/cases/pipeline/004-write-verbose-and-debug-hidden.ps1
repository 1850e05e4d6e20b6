Write-Verbose 'hidden verbose'
Write-Debug 'hidden debug'
'only this'
