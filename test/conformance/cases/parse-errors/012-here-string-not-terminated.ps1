$s = @"
body
