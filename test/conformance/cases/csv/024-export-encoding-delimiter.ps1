Export-Csv -InputObject ([pscustomobject]@{ a = 'é' }) -Path w.csv -UseQuotes Never -Delimiter ';' -Encoding utf8BOM
[System.IO.File]::ReadAllBytes("$PWD/w.csv") -join ' '
Import-Csv w.csv -Delimiter ';' | Format-List
[pscustomobject]@{ a = 1 } | Export-Csv -Path u.csv -Encoding unicode
(Get-Item u.csv).Length
Import-Csv u.csv
