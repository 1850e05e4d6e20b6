$obj = $null
${obj}?.Name
$o = [pscustomobject]@{ Name = 'present' }
${o}?.Name
$arr = $null
${arr}?[0]
'done'
