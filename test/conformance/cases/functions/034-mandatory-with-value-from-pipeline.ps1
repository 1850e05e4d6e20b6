function Take-Input { param([Parameter(Mandatory, ValueFromPipeline)] [string] $Text) process { "got $Text" } }
'piped' | Take-Input
