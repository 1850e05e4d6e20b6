switch -Regex ('key=value') { '(\w+)=(\w+)' { "$($Matches[1]) is $($Matches[2])" } }
