[ordered]@{
    int = 1; long = 5000000000; double = 2.5; whole = [double]2; decimal = 1.5d; bool = $true; null = $null
    text = "quote `" tab `t done"; date = [datetime]'2020-01-02T03:04:05'; guid = [guid]'6f9619ff-8b86-d011-b42d-00c04fc964ff'
    list = @(1, 'two', @(3)); empty = @(); nested = [ordered]@{ a = [ordered]@{ b = [ordered]@{ c = 1 } } }
} | ConvertTo-Json
@(1, 2) | ConvertTo-Json -Compress
ConvertTo-Json -InputObject @() -Compress
[pscustomobject]@{ A = 1 } | ConvertTo-Json -AsArray -Compress
