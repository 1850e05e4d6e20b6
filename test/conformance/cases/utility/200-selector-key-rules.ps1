# Which calculated-property keys each command takes, and pwsh's errors for the others.
foreach ($s in { 1 | Sort-Object -Property @{ n = 'x'; e = 'y' } },
  { 1 | Group-Object -Property @{ n = 'x'; e = 'y' } },
  { 1 | Group-Object -Property N* },
  { 1, 2 | Sort-Object -Property @{ e = $null } },
  { 1, 2 | Select-Object -Property @{ n = 'a'; e = $null } },
  { 1 | Select-Object -Property @{ n = 'a'; e = 1 } },
  { 1 | Sort-Object -Property @{ e = 1 } },
  { 1 | Format-Table -Property @{ n = 'a'; e = 1 } }) {
  try { & $s | Out-Null; 'ok' } catch { "$($_.FullyQualifiedErrorId) | $_" }
}
[pscustomobject]@{ Na = 2; Nb = 1 }, [pscustomobject]@{ Na = 1; Nb = 2 } | Sort-Object -Property N* | ConvertTo-Json -Compress
