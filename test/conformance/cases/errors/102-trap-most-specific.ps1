# The most specific typed trap runs, whatever the order; the trap sees the wrapped exception
trap { "plain: $($_.Exception.GetType().Name) | $_"; continue }
trap [System.Management.Automation.CommandNotFoundException] { "command not found: $($_.CategoryInfo.Reason)"; continue }
trap [System.DivideByZeroException] { "divide: $($_.Exception.GetType().Name)"; continue }
trap [System.Management.Automation.RuntimeException] { "runtime: $($_.Exception.GetType().Name)"; continue }
$z = 0
Get-NoSuchThing
1 / $z
[int]::Parse('x')
$null.Method()
"end"
