[string]::Format('{0}-{1}', 'a', 'b')
[string]::Concat('a', 'b', 'c')
[string]::new('z', 3)
