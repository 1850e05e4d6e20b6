'alpha', 'beta', 'gamma'
