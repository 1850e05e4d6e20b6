@(@(1, 2), @(3, 4)) | ForEach-Object { "item: $_" }
