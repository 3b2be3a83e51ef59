// error: 13:17: cannot use g() (value of type string) as int value in assignment
// error: 15:9: cannot use g() (value of type string) as int value in assignment
// error: 16:34: cannot use g() (value of type string) as int value in return statement
// error: 20:47: cannot use Swap[B, A](b, a) (value of type A constrained by any) as B value in return statement
// A call's results that do not fit the variables or results they go to: the message names
// the call, with the type of the result in question (Go 1.20's wording; 1.19 says "as type
// int in").
package main

func g() (string, int) { return "", 0 }

func main() {
	var a, b int = g()
	var c, d int
	c, d = g()
	x := func() (int, int) { return g() }
	_, _, _, _, _ = a, b, c, d, x
}

func Swap[A, B any](a A, b B) (B, A) { return Swap[B, A](b, a) }
