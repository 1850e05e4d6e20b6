'a  b c'.Split(' ', [StringSplitOptions]::RemoveEmptyEntries)
'x=1=2'.Split('=', 2)
