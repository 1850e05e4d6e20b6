'straße' -eq 'STRASSE'
'I' -eq 'i'
'résumé'.ToUpper()
