@"
line one
line two
"@ -split "`n" | ForEach-Object { "> $_" }
