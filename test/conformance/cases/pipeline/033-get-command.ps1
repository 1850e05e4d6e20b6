(Get-Command Write-Output).Name
(Get-Command Write-Output).CommandType
function My-Func { }
(Get-Command My-Func).CommandType
(gcm echo).CommandType
