# Start-Sleep sleeps for every form of its argument (printed as whether the sleep took at least that long).
function Took([scriptblock] $block, [double] $seconds) { (Measure-Command $block).TotalSeconds -ge ($seconds * 0.95) }
"positional 1: $(Took { Start-Sleep 1 } 1)"
"-Seconds 1: $(Took { Start-Sleep -Seconds 1 } 1)"
$s = 1
"variable: $(Took { Start-Sleep $s } 1)"
"-Seconds 0.5: $(Took { Start-Sleep -Seconds 0.5 } 0.5)"
"-Milliseconds 300: $(Took { Start-Sleep -Milliseconds 300 } 0.3)"
"-Duration: $(Took { Start-Sleep -Duration (New-TimeSpan -Milliseconds 400) } 0.4)"
"piped: $(Took { 0.3 | Start-Sleep } 0.3)"
