[pscustomobject]@{ Short = 's'; Long = 'L' * 100 } | Format-Table -AutoSize
