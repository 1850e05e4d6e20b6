$script:prefix = 'pre'
$global:suffix = 'post'
class A { [string] F() { return $script:prefix + '-' + $global:suffix } }
[A]::new().F()
