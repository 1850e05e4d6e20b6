[System.Text.Encoding]::UTF8.GetBytes('hé').Count
[System.Text.Encoding]::UTF8.GetString([byte[]](72, 105))
[System.Text.Encoding]::ASCII.GetBytes('AB') -join ','
[System.Text.Encoding]::UTF8.WebName
