'abc123' -match '\d+'
$Matches[0]
'key=value' -match '(?<k>\w+)=(?<v>\w+)'
$Matches.k
$Matches.v
'abc' -notmatch '\d'
