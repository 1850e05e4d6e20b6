$zqVar1 = 1; $zqvar2 = 2
function Zq-Fn { }
foreach ($text in 'Get-Variable zq', 'Remove-Variable -Name zq', 'Clear-Variable zq', 'Get-Command Zq', 'Get-Command -Name Zq-', 'Set-StrictMode -Version ') {
    "== $text"
    (TabExpansion2 $text).CompletionMatches | ForEach-Object { "$($_.CompletionText)|$($_.ResultType)" }
}
