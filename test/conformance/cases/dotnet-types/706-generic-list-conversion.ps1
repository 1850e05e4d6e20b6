[System.Collections.Generic.List[int]]$l = 1, 2, 3
$l.Count
$l.GetType().ToString()
$l = 4
$l.GetType().Name; $l.Count
$h = [System.Collections.Generic.HashSet[string]]@('a','b','a')
$h.Count
$q = [System.Collections.Generic.Queue[int]]@(1,2)
$q.Count
[System.Collections.Generic.List[int]]'7'
try { [System.Collections.Generic.List[int]]$m = 1, 'x' } catch { $_.Exception.Message }
try { [System.Collections.Generic.List[int]]('x') } catch { $_.Exception.Message }
$l.ToString()
