function Zq-Set { param([ValidateSet('Zulu', 'alpha', 'Mike bravo')]$Mode) }
(TabExpansion2 'Zq-Set -Mode ').CompletionMatches | Select-Object CompletionText, ListItemText, ResultType
(TabExpansion2 'Zq-Set -Mode:a').CompletionMatches | ForEach-Object CompletionText
