# data sections: a named section stores its output in the variable, an unnamed one writes it
data msgs {
  @{ Hello = 'Hi there'; Bye = 'See you' }
}
$msgs.Hello
$msgs.GetType().Name
$v = data { 'one'; 2; if ($true) { 'three' } else { 'never' } }
$v -join ','
data single { 'only' }
$single.GetType().Name
data list { 'a', 'b'; @{ k = 1 }; $null; $false }
$list.Count
function Get-Greeting { 'hello from a supported command' }
data greet -SupportedCommand Get-Greeting { Get-Greeting }
$greet
data flags { $true, $false, $null }
$flags.Count
data { 'unnamed' }
