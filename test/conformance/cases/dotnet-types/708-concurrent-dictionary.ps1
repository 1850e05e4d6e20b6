$c = [System.Collections.Concurrent.ConcurrentDictionary[string,int]]::new()
$c.TryAdd('a', 1)
$c.TryAdd('a', 2)
$c['b'] = 5
$c.GetOrAdd('a', 7)
$c.GetOrAdd('c', 7)
$v = 0
$c.TryRemove('b', [ref]$v)
$v
$c.TryUpdate('a', 10, 1)
$c['a']
$c.Count
$c.IsEmpty
