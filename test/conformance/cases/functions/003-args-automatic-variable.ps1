function Show-Args { "count=$($args.Count)"; $args }
Show-Args one two 3
