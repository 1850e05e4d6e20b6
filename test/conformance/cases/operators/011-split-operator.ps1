'a,b,c' -split ','
'one  two three' -split '\s+'
'a1b2c3' -split '\d'
'a,b,c,d' -split ',', 2
-split ' x  y '
