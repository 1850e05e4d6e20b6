class A : System.String { }
