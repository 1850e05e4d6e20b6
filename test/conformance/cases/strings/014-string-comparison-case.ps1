'abc' -eq 'ABC'
'abc' -ceq 'ABC'
'abc' -lt 'abd'
'B' -gt 'a'
