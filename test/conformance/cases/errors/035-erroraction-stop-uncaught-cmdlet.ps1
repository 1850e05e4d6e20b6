Get-Item /psnode-missing-stop -ErrorAction Stop
'never'
