filter Double-It { $_ * 2 }
1..3 | Double-It
