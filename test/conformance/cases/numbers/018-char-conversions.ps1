[char]65
[int][char]'A'
[char]'a' + 1
