'[' + '  pad  '.Trim() + ']'
'[' + 'x'.PadLeft(4) + ']'
'[' + 'x'.PadRight(4, '.') + ']'
'[' + 'xxhixx'.Trim('x') + ']'
