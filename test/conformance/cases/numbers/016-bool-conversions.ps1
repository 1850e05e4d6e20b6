[bool]0
[bool]1
[bool]''
[bool]'false'
[bool]$null
[bool]@()
[bool]@(0)
