Set-StrictMode -Version 5
function New-CustomHeaders {
    [CmdletBinding()]
    param ([Parameter(Mandatory = $true)] $Command)
    $userAgentHeaderValue = "PowerShell/7 EntraPowershell/1.3.0 $Command"
    $customHeaders = New-Object 'system.collections.generic.dictionary[string,string]'
    $customHeaders["User-Agent"] = $userAgentHeaderValue
    $customHeaders
}
$h = New-CustomHeaders -Command 'Get-EntraUser'
$h.GetType().Name
$h['User-Agent']
$h.Keys
$params = @{ Headers = $h }
$params.Headers.Count
$h2 = [System.Collections.Generic.Dictionary[string,string]]::new($h)
$h2.Count
$h | Format-List
$h | Format-Table -AutoSize
