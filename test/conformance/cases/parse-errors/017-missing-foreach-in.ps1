foreach ($i 1..3) { $i }
