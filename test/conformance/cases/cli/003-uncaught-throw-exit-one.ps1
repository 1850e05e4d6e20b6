throw 'uncaught'
