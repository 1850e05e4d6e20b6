$s = ConvertTo-SecureString 'abc' -AsPlainText -Force
ConvertFrom-SecureString $s
ConvertTo-SecureString '610062006300' | ConvertFrom-SecureString -AsPlainText
ConvertTo-SecureString 'xyz'
'after'
