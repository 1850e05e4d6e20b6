Join-Path -Bogus 'x'
