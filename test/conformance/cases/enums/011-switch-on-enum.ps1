enum Shape { Circle; Square }
foreach ($s in [Shape]::Circle, [Shape]::Square) {
  switch ($s) {
    Circle { 'round' }
    Square { 'four corners' }
  }
}
