# The classic data section: localized strings through ConvertFrom-StringData, then used by the script
data msgTable {
  ConvertFrom-StringData @'
    Hello = Hello, World!
    Bye = Goodbye\tfor now
    # a comment line
'@
}
$msgTable.Hello
$msgTable.Bye
$msgTable.Keys | Sort-Object
