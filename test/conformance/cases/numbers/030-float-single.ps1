[float]1.1
([float]1.1).GetType().FullName
[single]0.1 + 0
