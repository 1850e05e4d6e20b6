'before exit'
exit
'never printed'
