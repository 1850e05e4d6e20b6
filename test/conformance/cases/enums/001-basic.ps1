enum Color { Red; Green; Blue }
[Color]::Green
[int][Color]::Blue
[Color]1
[Color]'blue'
