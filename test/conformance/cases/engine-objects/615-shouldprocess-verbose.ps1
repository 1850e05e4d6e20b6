# ShouldProcess announces the operation on the verbose stream, with or without SupportsShouldProcess
function V { [CmdletBinding(SupportsShouldProcess)] param() if ($PSCmdlet.ShouldProcess('tt', 'act')) { 'v ran' } }
V -Verbose
V -Confirm:$false -Verbose
function NoSP { [CmdletBinding()] param() if ($PSCmdlet.ShouldProcess('t')) { 'nosp ran' } }
NoSP -Verbose
function Three { [CmdletBinding(SupportsShouldProcess)] param() if ($PSCmdlet.ShouldProcess('desc', 'warn', 'cap')) { "three" } }
Three -Verbose
$VerbosePreference = 'Continue'
V
