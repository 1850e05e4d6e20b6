# A catch block, a switch and ForEach-Object set $_ only while they run: the caller's $_ comes back after.
$_ = 'outer'
try { throw 'x' } catch { "in catch: $_" }
"after catch: [$_]"
switch (1, 2) { default { "sw $_" } }
"after switch: [$_]"
1, 2 | ForEach-Object { "fe $_" }
"after foreach: [$_]"
try { try { throw 'inner' } catch { throw 'outer error' } } catch { "caught: $_" }
"after nested catch: [$_]"
