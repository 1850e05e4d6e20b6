([uri]'https://a.b/c%20d/e?q=%41#x').ToString()
[uri]::new([uri]'https://a.b/c/d', '../e?x').AbsoluteUri
[uri]::EscapeDataString("a/b c!*'()~_.-é")
[uri]::EscapeDataString("displayName eq 'Jane Doe'")
[uri]::UnescapeDataString('%41%zz%20')
[uri]::IsWellFormedUriString('https://a.b/c', 'Absolute')
[uri]::IsWellFormedUriString('not a uri', 'Absolute')
$r = $null; [uri]::TryCreate('https://q.r/s', 'Absolute', [ref]$r); $r.Host
$rel = [uri]'foo/bar'; $rel.IsAbsoluteUri; $rel.OriginalString; "$rel"
$null -eq $rel.Host
try { [uri]::new('foo/bar') } catch { $_.Exception.Message }
