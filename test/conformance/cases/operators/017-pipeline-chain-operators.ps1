Write-Output 'first' && Write-Output 'second'
Write-Output 'third' || Write-Output 'not shown'
