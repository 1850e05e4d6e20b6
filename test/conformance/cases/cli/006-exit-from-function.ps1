function Quit { exit 7 }
'before'
Quit
'after'
