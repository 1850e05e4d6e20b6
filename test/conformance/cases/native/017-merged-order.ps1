# stdout and merged stderr keep their order when written with a pause between them
$r = sh -c 'echo out1; sleep 0.2; echo err1 1>&2; sleep 0.2; echo out2' 2>&1
$r | ForEach-Object { "$($_.GetType().Name): $_" }
