# 2> writes stderr lines to the file, 2>> appends, *> takes both streams; nothing reaches $Error
sh -c 'echo f1 1>&2; echo f2 1>&2' 2> err.txt
Get-Content err.txt
sh -c 'echo f3 1>&2' 2>> err.txt
Get-Content err.txt
sh -c 'echo only-stderr 1>&2' *> all.txt
Get-Content all.txt
sh -c 'echo to-stdout' *> out.txt
Get-Content out.txt
"errors: $($Error.Count)"
