function Set-Num { param([int] $N, [switch] $Flag) "N=$N Flag=$Flag" }
Set-Num -N:7 -Flag:$true
