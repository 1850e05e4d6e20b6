# A native command upstream: its first lines are taken, the rest is dropped with no error.
seq 1 100000 | Select-Object -First 3
"status: $?"
seq 1 5 | Sort-Object -Descending | Select-Object -First 1
