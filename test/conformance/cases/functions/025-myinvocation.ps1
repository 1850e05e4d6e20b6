function Show-Name { $MyInvocation.MyCommand.Name }
Show-Name
$MyInvocation.MyCommand.Name
