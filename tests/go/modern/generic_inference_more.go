// Type inference: parameters without type parameters take no part in unification (they are
// checked by assignment afterwards); a constraint with a single specific type (PT interface{
// *T; Set(string) }) gives that type once T is known; a defined generic function type is
// unified with a function literal through its underlying type.
package main

import "fmt"

type I interface{ foo() }
type myint int

func (myint) foo() {}

func h[T comparable](t T, i I) bool { return i != nil && t == t }

type Setter[B any] interface {
	Set(string)
	*B
}

type S struct{ s string }

func (p *S) Set(s string) { p.s = s }

func from[T any, PT Setter[T]](s string) T {
	var r T
	PT(&r).Set(s)
	return r
}

type Func2[A1, A2, R any] func(a1 A1, a2 A2) R

func Apply[A1, A2, R any](fn Func2[A1, A2, R], a A1, b A2) R { return fn(a, b) }

func main() {
	fmt.Println(h(3, myint(3)), h("x", I(nil)))
	fmt.Println(from[S]("x").s)
	fmt.Println(Apply(func(a int, b int) int { return a + b + 1 }, 2, 3))
	fmt.Println(Apply(func(a string, b int) string { return fmt.Sprint(a, b) }, "n", 7))
}
