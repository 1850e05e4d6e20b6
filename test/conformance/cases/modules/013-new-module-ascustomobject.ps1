# New-Module -AsCustomObject: exported functions become methods, exported variables properties.
$o = New-Module -AsCustomObject -ScriptBlock {
    $Size = 3
    function Grow { $script:Size++; $script:Size }
    Export-ModuleMember -Function Grow -Variable Size
}
$o.Size
$o.Grow()
