function Stop-Early { foreach ($i in 1..5) { if ($i -eq 3) { return $i } } 'unreachable' }
Stop-Early
