# The examples of Compare-Object's documentation page, with the text files made here.
Set-Content -Path Testfile1.txt -Value 'dog', 'squirrel', 'bird'
Set-Content -Path Testfile2.txt -Value 'cat', 'bird', 'racoon'
# Example 1
Compare-Object -ReferenceObject (Get-Content -Path Testfile1.txt) -DifferenceObject (Get-Content -Path Testfile2.txt)
# Example 2
$objects = @{
  ReferenceObject  = (Get-Content -Path Testfile1.txt)
  DifferenceObject = (Get-Content -Path Testfile2.txt)
}
Compare-Object @objects -ExcludeDifferent
# Example 3
$objects = @{
  ReferenceObject  = (Get-Content -Path Testfile1.txt)
  DifferenceObject = (Get-Content -Path Testfile2.txt)
}
$passed = Compare-Object @objects -IncludeEqual -PassThru
$passed | ForEach-Object { "$_ $($_.SideIndicator)" }
# Example 6 (IComparable)
Compare-Object ([TimeSpan]'0:0:1') '0:0:1' -IncludeEqual
Compare-Object '0:0:1' ([TimeSpan]'0:0:1')
