'apple', 'avocado', 'banana', 'blueberry', 'cherry' | Group-Object { $_[0] }
