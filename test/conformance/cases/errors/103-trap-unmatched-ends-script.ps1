# An error no trap of its block takes ends the script, also from inside a function
function Invoke-Risky {
    trap [System.DivideByZeroException] { 'divide trapped'; continue }
    $z = 0
    1 / $z
    'after division'
    Get-NoSuchThing
    'after unknown command'
}
Invoke-Risky
'not reached'
