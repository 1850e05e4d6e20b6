# Native command arguments: unquoted wildcards (also from variables) match files as pwsh's PossiblyGlobArg
# does; quoted ones and patterns that match nothing stay as written, hidden files are left out.
New-Item -ItemType Directory sub | Out-Null
foreach ($f in 'a.txt', 'b.txt', 'c d.txt', '.h.txt', 'x.log', 'sub/s.txt') { Set-Content -LiteralPath $f -Value '' }
/bin/echo *.txt
/bin/echo "*.txt"
/bin/echo '*.txt'
/bin/echo nomatch*.zz
/bin/echo */*.txt
/bin/echo ./*.log
/bin/echo ../$(Split-Path -Leaf $PWD)/*.log
$pattern = '[ab].txt'
/bin/echo $pattern
/bin/echo *.TXT
/bin/echo ?.txt
/bin/echo "$PWD/*.log".Replace("$PWD", '/nowhere-at-all')
/bin/sh -c 'echo $#' x *.txt
/bin/echo s*
