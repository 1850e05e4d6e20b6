[convert]::ToInt32('ff', 16)
[convert]::ToString(10, 2)
[convert]::ToBase64String([byte[]](1, 2, 3))
[convert]::ToDouble('2.5')
