[pscustomobject]@{ Id = 1; Text = ('word ' * 25).Trim() } | Format-Table -Wrap
