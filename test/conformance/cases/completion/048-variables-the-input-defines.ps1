function show($text) {
    $r = TabExpansion2 $text
    "== [$text] $($r.ReplacementIndex) $($r.ReplacementLength)"
    $r.CompletionMatches | ForEach-Object { "  $($_.CompletionText)|$($_.ResultType)|$($_.ToolTip)" }
}
show 'Write-Output $qqUsed; $qqU'
show '$qqA = 1.5; $qqA'
show '$qqA = 1; $qqA'
show '$qqA = "x"; $qqA'
show "`$qqA = 'x'; `$qqA"
show '$qqA = @(1); $qqA'
show '$qqA = @{}; $qqA'
show '$qqA = $true; $qqA'
show '$qqA = 1 + 2; $qqA'
show 'function f { param([string]$qqB, $qqC) $qq'
show 'foreach ($qqItem in 1..3) { $qqI'
show '$qqA = 1; $qqB = 2; $qq'
show '$qqLater = 1; $qqL'
