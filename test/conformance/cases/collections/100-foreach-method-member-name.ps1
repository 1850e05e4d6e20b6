(1,2).ForEach('GetType') | % Name
('ab','c').ForEach('Length')
('ab','c').ForEach('NoSuch').Count
('ab','c').ForEach('NoSuch', 1)
('a-b','c-d').ForEach('Split', '-')
('1', '2').ForEach([int]) | % GetType | % Name
('x').ForEach([int])
$null.Where({ $true }).Count
$null.ForEach('Length').Count
try { ('ab','c').ForEach('NoSuch', 1) } catch { $_.FullyQualifiedErrorId; $_.Exception.GetType().FullName; $_.CategoryInfo.Category }
try { ('x').ForEach([int]) } catch { $_.FullyQualifiedErrorId; $_.Exception.GetType().FullName }
$o = [pscustomobject]@{ A = 1 }, [pscustomobject]@{ A = 2 }
$o.ForEach('A', 9)
$o | % A
