'a,b,,c'.Split(',')
'---'
('x', 'y', 'z') -join '+'
[string]::Join(';', @('p', 'q'))
