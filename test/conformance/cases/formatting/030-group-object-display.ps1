'a', 'b', 'a' | Group-Object | Sort-Object Name
