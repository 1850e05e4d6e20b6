$key = [byte[]](1..16)
$fromPwsh = '76492d1116743f0423413b16050a5345MgB8AEgASgArAFEAcwBnAGwAUAAzAHQAbwAxAEkANABiAGYAeABtADEASgA3AEEAPQA9AHwAMgA5AGQAYwAxAGYAMQA0ADEAOAA0ADQAOABmADIAZQBiAGMAYgA0ADIAYgA2ADAAYgA5AGIAZQBjADQAOABjAA=='
ConvertTo-SecureString $fromPwsh -Key $key | ConvertFrom-SecureString -AsPlainText
$envelope = ConvertTo-SecureString 'round trip' -AsPlainText | ConvertFrom-SecureString -Key $key
$envelope.Substring(0, 32)
ConvertTo-SecureString $envelope -Key $key | ConvertFrom-SecureString -AsPlainText
$secure = ConvertTo-SecureString 'abc' -AsPlainText
$secure
$secure.Length
