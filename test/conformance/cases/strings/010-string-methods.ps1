$s = 'Hello World'
$s.ToUpper()
$s.ToLower()
$s.Length
$s.Substring(6)
$s.IndexOf('o')
$s.Replace('World', 'There')
$s.Contains('lo W')
$s.StartsWith('hello')
