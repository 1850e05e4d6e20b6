# ConvertFrom-StringData: name=value lines, comments, escapes, -Delimiter, pipeline input, its errors
$h = ConvertFrom-StringData -StringData "a = 1`n# comment`n`n b=two words `nc=x\ty\\z`nd==e"
$h.GetEnumerator() | Sort-Object Name | ForEach-Object { "[$($_.Name)]=[$($_.Value)]" }
$h.GetType().FullName
"x:1" | ConvertFrom-StringData -Delimiter ':' | % { $_.x }
'a=1', 'b=2' | ConvertFrom-StringData | % { $_.Keys }
try { ConvertFrom-StringData "noequals" } catch { $_.FullyQualifiedErrorId; $_.Exception.Message; $_.CategoryInfo.Category }
try { ConvertFrom-StringData "a=1`na=2" } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
ConvertFrom-StringData ''  | % { "empty: $($_.Count)" }
