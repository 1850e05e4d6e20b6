$s = ConvertTo-SecureString -String 'abc' -AsPlainText
$s.Length
