'about to exit'
exit 3
