# [Nullable[T]] parameters as Microsoft.Entra declares them: unbound they stay $null, bound they hold a T
function Get-Page {
  [CmdletBinding()]
  param(
    [System.Nullable`1[System.Int32]] $Top,
    [Nullable[bool]] $All
  )
  "Top=[$Top] null=$($null -eq $Top) All=[$All] null=$($null -eq $All)"
  if ($PSBoundParameters.ContainsKey('Top')) { $Top.GetType().FullName }
}
Get-Page
Get-Page -Top 2 -All $true
Get-Page -Top '3'
try { Get-Page -Top 'abc' } catch { $_.Exception.Message }
[Nullable[int]]$n = $null
$null -eq $n
$n = '5'
$n.GetType().FullName
[System.Nullable[int]].FullName
