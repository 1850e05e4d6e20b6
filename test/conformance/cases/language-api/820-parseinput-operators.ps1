# operator and punctuation tokens
$t = $null; $e = $null
$null = [System.Management.Automation.Language.Parser]::ParseInput('$a = 1 + 2 - 3 * 4 / 5 % 6; $a += 1; $a++; !$a; $a -and $b -or $c; 1 -band 2; "a" -f 1; $x ?? 1; @(1); $(2); 1..3; [int]::MaxValue', [ref]$t, [ref]$e)
$t | ForEach-Object { '{0,-22} {1,-8} {2}' -f $_.Kind, $_.Text, $_.TokenFlags }
