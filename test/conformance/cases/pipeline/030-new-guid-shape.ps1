$g = New-Guid
$g.GetType().FullName
$g.ToString().Length
$g.ToString() -match '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
