$secure = ConvertTo-SecureString -String 'round-trip' -AsPlainText -Force
ConvertFrom-SecureString -SecureString $secure -AsPlainText
