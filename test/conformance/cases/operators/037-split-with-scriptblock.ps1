'a1b2c3' -split { $_ -match '\d' }
