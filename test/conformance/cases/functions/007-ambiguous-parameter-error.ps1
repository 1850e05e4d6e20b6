function Get-Thing { param([string] $Path, [string] $PathType) $Path }
Get-Thing -Pa 'x'
