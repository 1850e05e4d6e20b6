else { 'x' }
