$script:x = 'script-scope'
"x is $script:x"
"braced ${script:x}"
