# Select-Object -First after Sort-Object: Sort-Object writes from its end block, the stop ends it quietly.
1..5 | Sort-Object -Descending | Select-Object -First 2
"status: $?"
