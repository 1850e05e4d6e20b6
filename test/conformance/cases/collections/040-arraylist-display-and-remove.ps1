$l = [System.Collections.ArrayList]@(1, 2, 3)
$l.Remove(2)
$l.Insert(0, 'zero')
$l
