1..10 | Group-Object { $_ % 2 } -NoElement
