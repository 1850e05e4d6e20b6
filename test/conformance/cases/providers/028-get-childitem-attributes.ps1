# Get-ChildItem -Attributes: + needs all, , needs any, ! excludes; asking for Hidden lists hidden items.
New-Item -ItemType Directory tree | Out-Null
Set-Location tree
New-Item -ItemType Directory d, .hd | Out-Null
Set-Content f.txt 1
Set-Content .h.txt 1
Set-Content ro.txt 1
(Get-Item ro.txt).IsReadOnly = $true
New-Item -ItemType SymbolicLink -Path ln -Value f.txt | Out-Null
foreach ($a in 'Directory', '!Directory', 'Hidden', 'Directory+Hidden', 'Directory,Hidden', 'ReadOnly', '!ReadOnly', 'ReparsePoint', 'Normal', 'Hidden, ReadOnly') {
  '{0,-18} {1}' -f $a, ((Get-ChildItem -Attributes $a -Name) -join ' ')
}
'{0,-18} {1}' -f '!Directory -Force', ((Get-ChildItem -Attributes !Directory -Force -Name) -join ' ')
'{0,-18} {1}' -f 'Hidden -File', ((Get-ChildItem -Attributes Hidden -File -Name) -join ' ')
try { Get-ChildItem -Attributes 'Directory+' } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
try { Get-ChildItem -Attributes Bogus } catch { $_.Exception.Message }
(Get-Item ro.txt).Attributes
(Get-Item ro.txt).IsReadOnly = $false
(Get-Item ro.txt).Attributes
Get-ChildItem Env: -Attributes Hidden
