$zqSplat = @{}; $zqArr = @('ab', 'cd'); $zqHash = @{ key = 'value' }
foreach ($text in '@zqSp', '!$zqSp', '$zqArr[0].Len', '$zqHash["key"].Len', "`$zqHash['key'].Len") {
    $r = TabExpansion2 $text
    "== $text : $($r.ReplacementIndex) $($r.ReplacementLength)"
    $r.CompletionMatches | ForEach-Object { "$($_.CompletionText)|$($_.ResultType)" }
}
