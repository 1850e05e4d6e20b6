"not printed"
class A : NoSuchBase { }
