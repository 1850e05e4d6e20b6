"value ${ }"
