# Unbound [guid], [datetime] and [timespan] parameters stay $null; [int] and [bool] get 0 and False
function Get-Item2 {
  param([guid] $Id, [datetime] $When, [timespan] $Span, [int] $Count, [bool] $Flag)
  "Id=[$Id] null=$($null -eq $Id)"
  "When=[$When] null=$($null -eq $When)"
  "Span=[$Span] null=$($null -eq $Span)"
  "Count=[$Count] Flag=[$Flag]"
  if ($Id) { $Id.GetType().Name }
}
Get-Item2
Get-Item2 -Id '8d5b2b9c-4a4d-4c8f-9a6e-3f0f6c0f1a11' -Span '01:00:00'
