# > and >> write a native command's output lines to a file
printf 'l1\nl2\n' > out.txt
Get-Content out.txt
printf 'l3' >> out.txt
Get-Content out.txt
(Get-Content out.txt -Raw).Length
