$h = [System.Collections.Generic.HashSet[int]]::new()
$h.Add(3); $h.Add('4'); $h.Add(3)
$h
$h.Count
$h.Contains(4)
$h.GetType().ToString()
$q = [System.Collections.Generic.Queue[string]]::new()
$q.Enqueue('a'); $q.Enqueue('b'); $q.Peek(); $q.Dequeue(); $q.Count
$s = [System.Collections.Generic.Stack[int]]::new()
$s.Push(1); $s.Push(2); $s; $s.Pop(); $s.Count
try { [System.Collections.Generic.Stack[int]]::new().Pop() } catch { $_.Exception.Message }
try { [System.Collections.Generic.Queue[int]]::new().Dequeue() } catch { $_.Exception.Message }
$q.ToArray().GetType().FullName
