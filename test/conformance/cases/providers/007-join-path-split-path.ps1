Join-Path 'a' 'b'
Join-Path -Path 'root' -ChildPath 'child/leaf.txt'
Split-Path -Path 'dir/sub/file.txt' -Leaf
Split-Path -Path 'dir/sub/file.txt' -Parent
Split-Path -Path 'dir/sub/file.txt' -Extension
Split-Path -Path 'dir/sub/file.txt' -LeafBase
