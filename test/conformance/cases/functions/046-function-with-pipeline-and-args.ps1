function Show-All { param([Parameter(ValueFromPipeline)] $Item, $Prefix = '>') process { "$Prefix $Item" } }
'a', 'b' | Show-All -Prefix '*'
