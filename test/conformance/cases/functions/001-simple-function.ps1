function Get-Greeting { 'hello' }
Get-Greeting
