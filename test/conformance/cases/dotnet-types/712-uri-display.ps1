$u = [uri]'https://graph.microsoft.com:8443/v1.0/users/a%20b?$top=5&x=1#frag'
$u
$u.Segments
[uri]'https://a.b' | Get-Member -MemberType Property
$t = [uri]'https://login.microsoftonline.com/tenant/oauth2/v2.0/token'
$t.Host, $t.Port, $t.IsDefaultPort, $t.Scheme -join ' | '
"$t"
$t.GetType().FullName
