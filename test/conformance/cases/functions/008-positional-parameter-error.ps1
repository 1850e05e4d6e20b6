function Get-One { param([Parameter(Position = 0)] [string] $Name) $Name }
Get-One 'a' 'b'
