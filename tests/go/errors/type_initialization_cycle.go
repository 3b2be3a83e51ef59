// go: skip
// error: 10:5: initialization cycle for a
// error: 17:5: initialization cycle for x
// Package-level variables whose initialisers depend on each other, directly or through
// functions, are an initialisation cycle. Go 1.19's compiler says "initialization loop
// for a" (positions checked with it); Go 1.20 and later report the types2 error
// "initialization cycle for a" followed by the "a refers to b" chain.
package main

var a = b + 1
var b = c * 2
var c = a

func f() int { return g() }
func g() int { return x }

var x = f()

func main() {}
