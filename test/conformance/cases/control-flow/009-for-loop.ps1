for ($i = 0; $i -lt 3; $i++) { "i=$i" }
for ($j = 10; $j -gt 0; $j -= 4) { $j }
