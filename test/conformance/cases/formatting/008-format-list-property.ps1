[pscustomobject]@{ First = 'f'; Second = 2; Third = 3 } | Format-List -Property Third, First
