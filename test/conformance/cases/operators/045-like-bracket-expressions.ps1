# Bracket expressions hold literal characters and ranges only: '^' and '!' are literal (no negation), a ']' right
# after '[' is literal, a '-' at either end or after a range is literal, a backtick escapes inside brackets too.
$cases = @(
  @('b', '[^a]'), @('^', '[^a]'), @('a', '[^a]'), @('b', '[!a]'), @('!', '[!a]'),
  @(']', '[]]'), @('a', '[]a]'), @('-', '[a-]'), @('-', '[-a]'), @('B', '[a-c]'),
  @('c', '[a-c-e]'), @('d', '[a-c-e]'), @('-', '[a-c-e]'), @(']', '[`]]'), @('x', '[`]]'),
  @('\', '[\]'), @('[', '[[a]'), @('ab]', 'ab]'), @('b', '[a-cx]'), @('x', '[a-cx]')
)
foreach ($c in $cases) { '{0,-4} -like {1,-8} {2}' -f $c[0], $c[1], ($c[0] -like $c[1]) }
switch -wildcard ('b') { '[^a]' { 'switch: [^a] matched' } default { 'switch: default' } }
'a1', 'b2', '^3' -like '[!^a]*'
