// A type assertion or type switch case whose type is a type parameter is never impossible at
// compile time, even when the instance's type argument does not implement the interface:
// the assertion then fails at run time.
package main

import "fmt"

type I interface{ M() }
type G[T any] interface{ Get() T }

type holder struct{}
type impl int

func (impl) M()          {}
func (i impl) Get() int { return int(i) }

func assert[T any](x I) bool {
	_, ok := x.(T)
	return ok
}

func sw[T any](x I) string {
	switch x.(type) {
	case T:
		return "T"
	case nil:
		return "nil"
	}
	return "other"
}

func fromGeneric[A any, T any](g G[T]) bool {
	_, ok := g.(A)
	return ok
}

func main() {
	fmt.Println(assert[holder](nil), assert[holder](impl(1)), assert[impl](impl(1)))
	fmt.Println(sw[holder](impl(1)), sw[impl](impl(1)), sw[impl](nil))
	fmt.Println(fromGeneric[impl, int](impl(2)), fromGeneric[holder, int](impl(2)))
}
