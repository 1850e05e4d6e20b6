switch ($null) { $null { 'matched null' } default { 'default' } }
switch (@()) { default { 'never' } }
'end'
