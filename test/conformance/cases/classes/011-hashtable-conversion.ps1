class Config { [string]$Name; [int]$Port = 80; [bool]$Secure }
$c = [Config]@{ Name = 'web'; Port = '8080' }
$c.Name
$c.Port
$c.Port.GetType().Name
$c.Secure
