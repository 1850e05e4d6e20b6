Get-Random -SetSeed 42 -Maximum 100
Get-Random -Maximum 100
Get-Random -SetSeed 3 -Maximum 10000000000
Get-Random -SetSeed 7 -InputObject (1..10) -Count 3
1..5 | Get-Random -SetSeed 9 -Shuffle
Get-Random -Minimum 5 -Maximum 5
