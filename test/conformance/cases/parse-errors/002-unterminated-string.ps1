'before'
"never closed
