# Get-Content: -Raw with -TotalCount or -Tail stops the command; negative counts fail validation.
Set-Content r.txt 'a','b','c'
foreach ($p in @{TotalCount=1}, @{Tail=1}, @{ReadCount=2}, @{TotalCount=-1}, @{Tail=-1}, @{ReadCount=1}) {
  try { $o = Get-Content r.txt -Raw @p -ErrorAction Stop; "$($p.Keys) ok: " + ($o -join '|').Replace("`n", '\n') } catch { "$($p.Keys): " + $_.FullyQualifiedErrorId + ' | ' + $_.CategoryInfo.Category + ' | ' + $_.Exception.Message }
}
Get-Content r.txt, r.txt -Raw -TotalCount 1; 'next'
