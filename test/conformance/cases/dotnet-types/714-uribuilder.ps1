$b = [System.UriBuilder]::new('https://x.y/p'); $b.Query = 'a=1'; $b.ToString(); $b.Uri.ToString(); $b.Port
$b2 = [System.UriBuilder]::new('http', 'host', 8080, 'a/b'); $b2.ToString(); $b2.Path
$b3 = [System.UriBuilder]'https://graph.microsoft.com/v1.0/users'
$b3.Query = '$filter=' + [uri]::EscapeDataString("startswith(displayName,'a')")
$b3.Uri.AbsoluteUri
