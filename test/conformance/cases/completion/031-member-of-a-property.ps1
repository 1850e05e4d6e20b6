$x = [pscustomobject]@{ Inner = [pscustomobject]@{ Zeta = 1; Alpha = 'a' } }
(TabExpansion2 '$x.Inner.').CompletionMatches | Select-Object CompletionText, ResultType
