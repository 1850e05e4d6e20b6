@{ a = 1; b = 2 } | Measure-Object | ForEach-Object Count
@{ a = 1; b = 2 }.GetEnumerator() | Measure-Object | ForEach-Object Count
