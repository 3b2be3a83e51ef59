// error: 7: invalid recursive type
// From ../shared/crashers/generic_self_constraint.go (README.md there); expectation checked with Go 1.19.
// Go 1.19 puts the error at 4:6; the column is left open for Go 1.20+.
package main

// Go: invalid recursive type T. gosub: stack overflow (SIGSEGV) printing/instantiating T.
type T[P T] int

var x T[int]

func main() {}
