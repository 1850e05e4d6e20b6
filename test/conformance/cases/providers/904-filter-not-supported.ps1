# -Filter needs a provider with the Filter capability: Set-Item stops, Clear-Item and Get-Item go on per path.
$env:FNS_A = '1'
try { Set-Item Env:FNS_A, Env:FNS_B -Value a -Filter F* } catch { "caught $($_.FullyQualifiedErrorId) $($_.CategoryInfo.Category) $($_.Exception.GetType().FullName)" }
Clear-Item Env:FNS_A, Env:FNS_B -Filter F*
Get-Item Env:FNS_A -Filter F*
$env:FNS_A
'done'
