# ShouldProcess with -WhatIf, -Confirm:$false and a High ConfirmImpact that would prompt (NonInteractive refuses)
function Remove-Thing {
  [CmdletBinding(SupportsShouldProcess, ConfirmImpact='High')]
  param([string]$Name)
  if ($PSCmdlet.ShouldProcess($Name, 'Remove')) { "removed $Name" }
  if ($PSCmdlet.ShouldProcess($Name)) { "again $Name" }
  if ($PSCmdlet.ShouldProcess('desc', 'warn', 'cap')) { "three" }
}
Remove-Thing -Name a -WhatIf
Remove-Thing -Name b -Confirm:$false
Remove-Thing -Name c
"done"
