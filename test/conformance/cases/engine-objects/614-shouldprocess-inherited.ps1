# -WhatIf and -Confirm:$false become $WhatIfPreference/$ConfirmPreference for the functions and cmdlets inside
function Inner { [CmdletBinding(SupportsShouldProcess)] param($t) if ($PSCmdlet.ShouldProcess($t, 'Inner-op')) { "inner $t" } }
function Outer {
  [CmdletBinding(SupportsShouldProcess)] param()
  "wi=$WhatIfPreference cp=$ConfirmPreference"
  Inner x
  New-Item -ItemType File -Path ./f.txt | Out-Null
  Test-Path ./f.txt
}
Outer -WhatIf
Outer -Confirm:$false
"outside: wi=$WhatIfPreference cp=$ConfirmPreference"
