Write-Information 'info hidden by default'
Write-Information 'info shown' -InformationAction Continue
'end'
