$zqVar1 = 5
foreach ($text in 'Write-Output "$zqV', 'Write-Output "abc $zqV', 'Write-Output "a$(Get-ChildI', 'Write-Output "${zqV') {
    $r = TabExpansion2 $text
    "== $text : $($r.ReplacementIndex) $($r.ReplacementLength)"
    $r.CompletionMatches | ForEach-Object CompletionText
}
