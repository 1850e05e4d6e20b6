# Malformed -Property values end the command with pwsh's errors.
foreach ($s in { Compare-Object 1 2 -Property N* },
  { Compare-Object 1 2 -Property @{ n = 'x'; e = 'y' } },
  { Compare-Object 1 2 -Property @{ e = 'x'; Ascending = $true } },
  { Compare-Object 1 2 -Property @{ e = $null } },
  { Compare-Object 1 2 -Property @{ e = 1 } },
  { Compare-Object 1 2 -Property 5 },
  { Compare-Object 1 2 -Property @{} }) {
  try { & $s } catch { "$($_.FullyQualifiedErrorId) | $($_.CategoryInfo) | $_" }
}
Compare-Object 1 2 -Property N*
'after'
