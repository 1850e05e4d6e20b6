-(5)
+'7'
-'3'
(-'3').GetType().Name
