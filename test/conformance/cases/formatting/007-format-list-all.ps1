[pscustomobject]@{ First = 'f'; Second = 2 } | Format-List *
