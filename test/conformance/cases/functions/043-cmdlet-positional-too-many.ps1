Set-Variable alpha 1 2
