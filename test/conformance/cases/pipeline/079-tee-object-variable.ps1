1..3 | Tee-Object -Variable seen | Out-Null
$seen -join '+'
