enum Mode { Fast; Safe }
function Run([Mode]$m) { "running $m ($([int]$m))" }
Run Fast
Run -m Safe
Run 1
