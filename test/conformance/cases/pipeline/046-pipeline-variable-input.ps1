function Get-Sum { $total = 0; foreach ($i in $input) { $total += $i }; $total }
1..4 | Get-Sum
