class A { A() : foo() { } }
