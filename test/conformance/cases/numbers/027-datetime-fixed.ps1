$d = [datetime]'2024-03-15 10:30:00'
$d.Year
$d.DayOfWeek
$d.ToString('yyyy-MM-dd HH:mm')
$d.AddDays(20).ToString('yyyy-MM-dd')
