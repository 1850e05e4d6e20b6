enum Status { Open; Closed }
class Ticket { [string]$Title; [Status]$State = [Status]::Open }
$t = [Ticket]::new()
$t.State
$t.State = 'Closed'
$t.State
$t.State.GetType().Name
