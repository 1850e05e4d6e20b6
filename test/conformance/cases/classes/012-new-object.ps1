class Item { [string]$Name = 'none'; Item() {} Item([string]$n) { $this.Name = $n } }
(New-Object Item).Name
(New-Object Item -ArgumentList 'pen').Name
(New-Object -TypeName Item 'cup').Name
