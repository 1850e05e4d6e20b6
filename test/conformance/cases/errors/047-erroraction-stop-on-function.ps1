function Soft-Fail { [CmdletBinding()] param() Write-Error 'soft' ; 'continued' }
try { Soft-Fail -ErrorAction Stop } catch { "caught: $_" }
