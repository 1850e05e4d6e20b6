$sb = New-Object System.Text.StringBuilder
[void]$sb.Append('built')
$sb.ToString()
$list = New-Object -TypeName System.Collections.ArrayList
$list.GetType().FullName
$o = New-Object -TypeName PSObject -Property @{ P = 1 }
$o.P
