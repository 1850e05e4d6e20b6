"a,b,c", "1,2,3", "4,5", "6,7,8,9", '"x,y","q""t",  z ', ' "sp" ,"mid"dle,end', 'foo "ba,r"' | ConvertFrom-Csv | Format-List
