'ab' * 0
('ab' * 0).Length
