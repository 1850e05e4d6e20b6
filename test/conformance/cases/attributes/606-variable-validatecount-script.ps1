[ValidateCount(1,2)]$u = 1,2
try { $u = 1,2,3 } catch { $_.Exception.Message }
[ValidateScript({$_ -gt 2})]$w = 3
try { $w = 1 } catch { $_.Exception.Message }
$w
[ValidateScript({ throw 'boom' })]$sc = 1
"sc=[$sc]"
