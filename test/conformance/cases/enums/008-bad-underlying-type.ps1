enum E : string { A }
