'a`tb'
"a`tb"
"a`0b".Length
"`e".Length
