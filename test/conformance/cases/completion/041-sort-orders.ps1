# Commands and variables sort ordinally ('_' after letters); members, parameter values and paths by culture.
$zq_a = 1; $zqb = 2; $zqB2 = 3
function Zq_x { }
function Zqy { }
function Zs { param([ValidateSet('a_b', 'ac', 'Ab')]$X) }
$o = [pscustomobject]@{ a_b = 1; ac = 2; aB = 3 }
New-Item -ItemType File a_b.txt, ab.txt, aB2.txt | Out-Null
foreach ($text in '$zq', 'Zq', '$o.a', 'Zs -X ', 'Get-ChildItem ./a') {
    "== $text"
    (TabExpansion2 $text).CompletionMatches | ForEach-Object CompletionText
}
