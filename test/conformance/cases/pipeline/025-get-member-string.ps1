'x' | Get-Member -Name Length, ToUpper
