function F { param([Parameter(Mandatory] $X) }
