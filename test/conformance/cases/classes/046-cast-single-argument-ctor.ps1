class Temp { [double]$C; Temp([double]$c) { $this.C = $c } [string] ToString() { return "$($this.C)C" } }
$t = [Temp]30
"$t"
$t.GetType().Name
