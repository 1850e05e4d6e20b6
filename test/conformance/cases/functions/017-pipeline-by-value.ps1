function Show-Item {
    param([Parameter(ValueFromPipeline)] $InputObject)
    process { "item: $InputObject" }
}
1, 2 | Show-Item
