# A member name that starts with a digit but is not a number is a parse error
$h = @{}
$h.1abc
