# objects piped to a native command arrive as lines on its stdin
1..3 | cat
'a', 'b' | sh -c 'while read l; do echo "got $l"; done'
@() | cat
"x" | sh -c 'cat; echo end'
$lines = 1..4 | sort -r
$lines -join ','
