switch -Wildcard ('report.txt') { '*.txt' { 'text file' } '*.csv' { 'csv' } }
switch -Regex ('abc123') { '^\d+$' { 'digits' } '\d' { 'has digit' } '^a' { 'starts with a' } }
