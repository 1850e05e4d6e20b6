$cfg = [ordered]@{
    Name = 'cfg'
    Inner = [ordered]@{ Depth = 1; Flag = $true }
}
$cfg.Inner.Depth
$cfg['Inner']['Flag']
$cfg
