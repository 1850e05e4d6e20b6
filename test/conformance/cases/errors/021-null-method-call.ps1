$nothing = $null
$nothing.DoSomething()
'after'
