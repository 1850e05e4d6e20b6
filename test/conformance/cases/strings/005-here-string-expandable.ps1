$who = 'there'
@"
Hello $who
  indented "quotes" and 'single'
"@
