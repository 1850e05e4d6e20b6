[math] | Get-Member -Static -Name Abs, PI
