function Inner-Fail { $null.Call() }
function Outer-Call { Inner-Fail }
Outer-Call
'after'
