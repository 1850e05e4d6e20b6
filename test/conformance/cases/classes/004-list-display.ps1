class Person { [string]$First = 'Ada'; [string]$Last = 'Lovelace'; [int]$Born = 1815; [string]$Field = 'Maths'; [bool]$Famous = $true }
[Person]::new()
[Person]::new() | Format-List
