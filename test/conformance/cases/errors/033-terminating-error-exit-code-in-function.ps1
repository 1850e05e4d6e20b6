function Stop-Here { throw 'stopped' }
Stop-Here
'never'
