$drv = 'value'
(Get-Item variable:drv).Value
Test-Path variable:drv
Test-Path variable:nope
