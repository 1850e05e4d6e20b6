function Add-Numbers {
    param([int] $A, [int] $B = 10)
    $A + $B
}
Add-Numbers 1 2
Add-Numbers -B 3 -A 4
Add-Numbers 5
