# ShouldProcess per pipeline object, -WhatIf once for the whole pipeline
function Touch-Item {
  [CmdletBinding(SupportsShouldProcess)]
  param([Parameter(ValueFromPipeline)]$x)
  process { if ($PSCmdlet.ShouldProcess("item $x", 'Touch')) { "touched $x" } }
}
1, 2 | Touch-Item -WhatIf
3, 4 | Touch-Item
$r = 5 | Touch-Item -WhatIf
"captured: $($null -eq $r)"
