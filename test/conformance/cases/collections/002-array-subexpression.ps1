@().Count
@(1).Count
@(1, 2).Count
@(@(1, 2)).Count
