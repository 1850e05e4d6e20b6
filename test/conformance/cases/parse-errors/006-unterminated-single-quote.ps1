'text
