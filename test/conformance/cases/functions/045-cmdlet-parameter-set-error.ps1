Select-Object -First 1 -Index 2 -InputObject 1
