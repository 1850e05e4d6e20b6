$sb = [System.Text.StringBuilder]::new()
[void]$sb.Append('Hello')
[void]$sb.Append(', ').Append('World')
$sb.ToString()
$sb.Length
