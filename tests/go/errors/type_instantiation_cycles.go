// error: 12:8: instantiation cycle
// error: 14:21: P instantiated as []P
// error: 16:8: instantiation cycle
// error: 17:24: A instantiated as C
// error: 21:8: instantiation cycle
// error: 23:8: instantiation cycle
// Generic code instantiating itself with ever larger type arguments, directly or through
// another generic or a method, which would make instances without end; Go reports the
// first, gosub each (each checked alone with Go). L instantiating itself as it is is fine.
package main

type T[P any] struct{}

func (T[P]) M() { T[[]P]{}.M() }

func g[A any]() { h[A, *A]() }
func h[B, C any]() { g[C]() }

type L[P any] struct{ next *L[P] }

type I[P any] interface{ M() I[*P] }

func f[T any](x T) { f[[]T](nil) }


func main() {
	T[int]{}.M()
	g[int]()
	f(1)
	var l L[int]
	_ = l
}
