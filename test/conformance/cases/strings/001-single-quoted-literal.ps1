'It''s $literal `n here'
