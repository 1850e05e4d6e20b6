$VerbosePreference = 'Continue'
Write-Verbose 'shown verbose'
Write-Verbose -Message 'second'
