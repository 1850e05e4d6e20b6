'abc', 'de' | Select-Object Length
