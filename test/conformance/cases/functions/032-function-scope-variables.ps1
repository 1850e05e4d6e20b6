$counter = 0
function Increment { $counter++; "local: $counter" }
Increment
"global: $counter"
function Increment-Script { $script:counter++ }
Increment-Script
"after script: $counter"
