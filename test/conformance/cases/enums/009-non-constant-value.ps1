enum E { A = "x" }
