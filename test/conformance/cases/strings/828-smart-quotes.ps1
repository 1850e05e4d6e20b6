# Smart quotes delimit strings as ' and " do, and en/em dashes work as -
$a = ‘single’
$a
$b = “double $a”
$b
“$a”.Length
‘it’’s’
“say “”hi”””
'abc' —replace 'b', 'X'
5 – 2
@(1, 2, 3) –join '+'
Write-Output –InputObject ‘dash parameter’
$h = @{ ‘key’ = “value” }
$h.key
“sub $(1 + 2) expr”
