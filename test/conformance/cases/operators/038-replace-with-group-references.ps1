'2024-06-01' -replace '(\d+)-(\d+)-(\d+)', '$3/$2/$1'
'abc' -replace 'b', '[$0]'
'cost' -replace 'cost', '$$5'
