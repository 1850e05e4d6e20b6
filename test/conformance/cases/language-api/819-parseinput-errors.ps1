# ParseInput with a syntax error fills the errors with pwsh's ErrorId, Message and Extent
$t = $null; $e = $null
$null = [System.Management.Automation.Language.Parser]::ParseInput('$x = 1 +', [ref]$t, [ref]$e)
$e.Count
$e[0].ErrorId
$e[0].Message
$e[0].Extent.StartOffset
$e[0].IncompleteInput
$e[0] | Format-List ErrorId, Message, IncompleteInput
"$($e[0])"
