function Emit { Write-Output 'w'; 'implicit'; return 'r' }
(Emit) -join ','
