switch -CaseSensitive ('ABC') { 'abc' { 'lower' } 'ABC' { 'upper' } }
switch -Exact ('a*') { 'a*' { 'exact star' } }
