class A {
  [int] F() { 'dropped'; Write-Output 'also dropped'; return 5 }
  [void] G() { 'dropped'; Write-Host 'host text' }
}
$a = [A]::new()
$a.F()
$r = $a.G()
$null -eq $r
