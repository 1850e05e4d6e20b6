function Set-Color { param([ValidateSet('Red', 'Green')] [string] $Color) "Color=$Color" }
Set-Color -Color red
Set-Color -Color Blue
