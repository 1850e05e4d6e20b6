# New-Object with the generic type name as a string, as Microsoft.Entra builds its request headers
$headers = New-Object 'System.Collections.Generic.Dictionary[string,string]'
$headers.Add('client-request-id', 'abc')
$headers['User-Agent'] = 'psnode'
$headers.Count
$headers.ContainsKey('CLIENT-REQUEST-ID')
$headers.ContainsKey('client-request-id')
$headers
$headers.GetType().FullName
$headers.GetType().ToString()
"$headers"
