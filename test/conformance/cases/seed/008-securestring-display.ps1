$secure = ConvertTo-SecureString -String 'p@ss' -AsPlainText -Force
$secure
