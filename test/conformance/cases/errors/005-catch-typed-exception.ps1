try { [int]::Parse('nope') }
catch [System.FormatException] { 'format exception' }
catch { 'generic' }
try { 1 / $null } catch [System.DivideByZeroException] { 'divide by zero' }
