// error: 10:16: cannot use a type parameter as RHS in type declaration
// error: 11:20: invalid map key type P (missing comparable constraint)
// error: 12:26: undefined: Later
// A generic type declared in a function is checked as one declared in a package: no type
// parameter as its whole right-hand side, comparable map keys; and it sees only what is
// declared before it in its block.
package main

func main() {
	type A[P any] P
	type D[P any] map[P]int
	type E[P any] struct{ l Later }
	type Later int
	_ = E[string]{1}
}
