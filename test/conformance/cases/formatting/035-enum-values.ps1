[System.DayOfWeek]::Monday
[System.ConsoleColor]::Red
[pscustomobject]@{ Day = [System.DayOfWeek]::Friday }
