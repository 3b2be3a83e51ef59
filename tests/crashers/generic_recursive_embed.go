// error: 7: invalid recursive type
// From ../shared/crashers/generic_recursive_embed.go (README.md there); expectation checked with Go 1.19.
// Go 1.19 puts the error at 4:23; the column is left open for Go 1.20+.
package main

// Go: invalid recursive type T. gosub: instantiates T[*P], T[**P], ... until the C stack overflows.
type T[P any] struct{ T[*P] }

func main() {}
