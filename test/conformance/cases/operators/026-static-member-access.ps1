[int]::Parse('12')
[string]::Empty.Length
[System.IO.Path]::GetExtension('file.tar.gz')
[System.IO.Path]::GetFileNameWithoutExtension('a/b/c.txt')
[System.IO.Path]::Combine('a', 'b', 'c')
