ConvertTo-SecureString -String 'plain' -AsPlainText -Force | ForEach-Object { $_.Length }
