Set-Content out.txt 'x' -Encoding bogus
'next'
