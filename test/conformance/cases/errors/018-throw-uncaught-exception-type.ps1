throw [System.InvalidOperationException]::new('invalid op')
