1, 2 | Format-List
