# Clear-Content empties files and keeps them; directories and providers without content give pwsh's errors.
Set-Content a.txt 'hello', 'world'
Set-Content b.log 'x'
Clear-Content a.txt
(Get-Item a.txt).Length
Test-Path a.txt
clc b.log -WhatIf
(Get-Item b.log).Length
Clear-Content *.zz
Clear-Content a.txt -Include b*
Clear-Content *.log -Exclude b*
(Get-Item b.log).Length
Clear-Content nope.txt
Clear-Content .
Clear-Content Env:HOME
Clear-Content -LiteralPath b.log
(Get-Item b.log).Length
