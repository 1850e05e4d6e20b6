Invoke-Command -ScriptBlock { 'in block' }
Invoke-Command -ScriptBlock { param($a, $b) $a + $b } -ArgumentList 2, 3
