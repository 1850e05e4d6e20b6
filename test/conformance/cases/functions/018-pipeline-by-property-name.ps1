function Show-Person {
    param([Parameter(ValueFromPipelineByPropertyName)] [string] $Name,
          [Parameter(ValueFromPipelineByPropertyName)] [int] $Age)
    process { "$Name is $Age" }
}
[pscustomobject]@{ Name = 'Ann'; Age = 30 }, [pscustomobject]@{ Name = 'Bob'; Age = 41 } | Show-Person
