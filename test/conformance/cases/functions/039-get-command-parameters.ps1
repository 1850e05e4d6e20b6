function Probe { param([string] $Alpha, [int] $Beta) }
(Get-Command Probe).Parameters.Keys | Where-Object { $_ -in 'Alpha', 'Beta' } | Sort-Object
