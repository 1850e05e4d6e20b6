$rows = @(
    [ordered]@{ Id = 1; Label = 'one' },
    [ordered]@{ Id = 2; Label = 'two' }
)
$rows
