# Backtick escapes, a trailing backtick, '?' and '*' across newlines, case-insensitive -like against -clike.
$cases = @(
  @('a*', 'a`*'), @('ab', 'a`*'), @('a?', 'a`?'), @('a[', 'a`['), @('a`', 'a`'), @('a', 'a`'),
  @('a`b', 'a``b'), @("a`nb", 'a?b'), @("a`nb", 'a*b'), @('', '*'), @('', '?'), @('a.b', 'a.b'), @('axb', 'a.b'),
  @('ABC', 'a*'), @('Ä', 'ä'), @('ab', 'a`b'), @('x`', '*`'), @('x', '*`')
)
foreach ($c in $cases) {
  '{0,-5} {1,-6} like={2} clike={3}' -f $c[0].Replace("`n", '\n'), $c[1], ($c[0] -like $c[1]), ($c[0] -clike $c[1])
}
'Apple', 'apricot', 'Banana' -like 'a*'
'Apple', 'apricot', 'Banana' -cnotlike 'a*'
