# ConfirmImpact against $ConfirmPreference, -Confirm, and $WhatIfPreference for functions and cmdlets
function M { [CmdletBinding(SupportsShouldProcess)] param() if ($PSCmdlet.ShouldProcess('t')) { 'm ran' } }
$ConfirmPreference = 'Medium'
try { M } catch { "caught $($_.Exception.Message)" }
$ConfirmPreference = 'High'
M
try { M -Confirm } catch { "caught2 $($_.Exception.InnerException.GetType().FullName)" }
M -WhatIf:$false
New-Item -ItemType File -Path ./g.txt | Out-Null
try { Remove-Item ./g.txt -Confirm } catch { "rc: $($_.FullyQualifiedErrorId) $($_.Exception.GetType().FullName)" }
Remove-Item ./g.txt -WhatIf
$WhatIfPreference = $true
Remove-Item ./g.txt
function NoSP { [CmdletBinding()] param() if ($PSCmdlet.ShouldProcess('t')) { 'nosp ran' } }
NoSP
$WhatIfPreference = $false
Test-Path ./g.txt
M -Confirm:$false -WhatIf
function N { [CmdletBinding(SupportsShouldProcess, ConfirmImpact='None')] param() if ($PSCmdlet.ShouldProcess('t')) { 'n ran' } }
$ConfirmPreference = 'Low'
N
NoSP
$ConfirmPreference = 'None'
N -Confirm
