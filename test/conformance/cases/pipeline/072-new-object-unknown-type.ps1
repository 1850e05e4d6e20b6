New-Object -TypeName No.Such.TypeName
