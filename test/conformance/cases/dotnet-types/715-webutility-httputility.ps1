[System.Net.WebUtility]::UrlEncode('a b&c/é'), [System.Net.WebUtility]::UrlDecode('a+b%26c')
[System.Net.WebUtility]::HtmlEncode('<a href="x">&''</a>'), [System.Net.WebUtility]::HtmlDecode('&lt;&amp;&#39;&quot;')
[System.Web.HttpUtility]::UrlEncode('a b&c/é'), [System.Web.HttpUtility]::UrlDecode('a+b%26c')
[System.Web.HttpUtility]::HtmlEncode('<a>&''"'), [System.Web.HttpUtility]::UrlPathEncode('a b/c')
$qs = [System.Web.HttpUtility]::ParseQueryString('a=1&b=x%20y&a=2')
$qs['a']; $qs['b']; $qs.Count; $qs.AllKeys -join ','; $qs.ToString(); $qs.GetType().FullName
$qs2 = [System.Web.HttpUtility]::ParseQueryString(''); $qs2['z'] = 'q r'; $qs2['y'] = '&'; $qs2.ToString()
$qs | ForEach-Object { "key: $_" }
