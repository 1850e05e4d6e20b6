function Get-Item2 { param([string] $Path, [string] $Filter) "Path=$Path Filter=$Filter" }
Get-Item2 -pa 'p' -FILTER 'f'
Get-Item2 -P 'x'
