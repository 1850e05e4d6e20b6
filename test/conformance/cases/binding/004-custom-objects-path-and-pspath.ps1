# Custom objects: a Path property binds -Path (the default set first), PSPath binds -LiteralPath, both: -Path wins.
Set-Content a.txt 'alpha'
Set-Content -LiteralPath '[b].txt' 'beta'
[pscustomobject]@{ Path = 'a.txt' } | Get-Content
[pscustomobject]@{ PSPath = '[b].txt' } | Get-Content
[pscustomobject]@{ Path = 'a.txt'; PSPath = '[b].txt' } | Get-Content
[pscustomobject]@{ LiteralPath = '[b].txt' } | Get-Content
