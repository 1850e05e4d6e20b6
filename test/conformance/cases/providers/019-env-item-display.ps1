$env:PSNODE_CASE_SHOW = 'shown value'
Get-Item env:PSNODE_CASE_SHOW
