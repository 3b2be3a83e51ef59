// error: 7:10: cannot use a type parameter as constraint
// From ../shared/crashers/generic_tparam_self_constraint.go (README.md there); expectation checked with Go 1.19.
package main

// Go: cannot use a type parameter as constraint. gosub: infinite recursion in
// type_is_comparable (check/types.c:523), SIGSEGV.
func f[K K](k K) bool { return k == k }

func main() {}
