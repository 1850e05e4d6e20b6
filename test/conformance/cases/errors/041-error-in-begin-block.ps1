function Fail-Begin { begin { throw 'begin failed' } process { 'never' } }
1 | Fail-Begin
'never'
