[math]::PI
[math]::E
