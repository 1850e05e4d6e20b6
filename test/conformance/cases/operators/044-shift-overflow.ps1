1 -shl 31
1 -shl 32
[long]1 -shl 40
