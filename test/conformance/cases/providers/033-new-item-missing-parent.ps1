# New-Item creates a new directory's missing parents, but not a new file's (without -Force).
(New-Item -ItemType Directory fx/alpha).Name
Test-Path fx/alpha -PathType Container
New-Item -ItemType Directory -Path hx -Name 'n1/n2' | Select-Object -ExpandProperty Name
try { New-Item -ItemType File gx/beta.txt -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.Exception.GetType().FullName }
Test-Path gx
Set-Content afile 'text'
try { New-Item -ItemType Directory afile/x/y -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category; $_.Exception.GetType().FullName }
try { New-Item afile/x.txt -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.Exception.GetType().FullName }
Test-Path afile/x
(Get-ChildItem -Recurse -Name | Sort-Object) -join ','
