# ShouldContinue always asks: NonInteractive refuses, even with -Confirm:$false; a wrong argument count
function C { [CmdletBinding(SupportsShouldProcess)] param() if ($PSCmdlet.ShouldContinue('query?', 'caption')) { 'c ran' } else { 'c no' } }
C -Confirm:$false
try { C } catch { "caught: $($_.Exception.GetType().FullName)" }
function Yn { [CmdletBinding()] param() $y = $false; $n = $false; $PSCmdlet.ShouldContinue('q', 'c', [ref]$y, [ref]$n) }
try { Yn } catch { $_.Exception.Message }
function Rz { [CmdletBinding(SupportsShouldProcess)] param() $reason = $null; if ($PSCmdlet.ShouldProcess('d','w','c',[ref]$reason)) {"r ran"} else {"r no"} }
Rz -WhatIf
