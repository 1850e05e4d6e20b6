# catch picks the most specific clause of the wrapped exception, then of the wrapper; $_ is about the exception caught
$z = 0
try { 1 / $z } catch [System.Management.Automation.RuntimeException] { 'runtime' } catch [System.DivideByZeroException] { "divide: $($_.Exception.GetType().Name)" }
try { 1 / $z } catch [System.ArithmeticException] { "arithmetic: $($_.CategoryInfo.Reason)" } catch [System.Management.Automation.RuntimeException] { 'runtime' }
try { 1 / $z } catch [System.Management.Automation.RuntimeException] { "runtime: $($_.Exception.GetType().Name)" } catch [Exception] { 'exception' }
try { [int]::Parse('x') } catch [System.Management.Automation.MethodInvocationException] { 'method' } catch [Exception] { 'exception' }
try { [int]::Parse('x') } catch [System.Management.Automation.MethodInvocationException] { 'method' } catch [System.FormatException] { "format: $_" }
try { [int]::Parse('x') } catch [System.Management.Automation.MethodInvocationException] { "method: $($_.Exception.GetType().Name)" } catch { 'all' }
try { [int]::Parse('x') } catch { "all: $($_.Exception.GetType().Name) | $_" }
