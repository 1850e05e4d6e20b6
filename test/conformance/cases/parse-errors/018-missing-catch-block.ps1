try { 'x' }
