$items = 'x', 'y'
@"
Count: $($items.Count)
First: $($items[0])
"@
