'x'.GetType().FullName
1.5.GetType().FullName
$true.GetType().FullName
@().GetType().FullName
@{}.GetType().FullName
([ordered]@{}).GetType().FullName
