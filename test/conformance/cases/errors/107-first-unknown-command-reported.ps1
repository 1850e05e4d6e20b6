NoSuch-A | NoSuch-B
