'ABC' -cmatch 'abc'
'ABC' -imatch 'abc'
'ABC' -cnotmatch 'abc'
'ABC' -creplace 'B', 'x'
