// Operations on type parameters that hold for every type in the type set, with or without a
// core type: indexing ([]int | [5]int, ~string | ~[]byte, maps of one key and element type),
// slicing a ~string | ~[]byte, append(buf, s...) from one, ++ on numeric sets, make sizes of
// an integer set, and elided &S{...} in a literal whose element type is constrained by *S.
package main

import "fmt"

type MyS string

type S struct{ f int }

func get[T interface{ []int | [5]int }](x T) int { return x[3] }
func add[B ~string | ~[]byte](buf []byte, s B) []byte { return append(buf, s...) }
func inc[T int32 | float64](x T) T { x++; return x }
func mk[T int | int64](n T) []T { return make([]T, n, n+1) }
func lit[P *S]() []P { return []P{{f: 1}, {f: 2}} }

func first[B ~string | ~[]byte](s B) byte { return s[0] }
func tail[B ~string | ~[]byte](s B) B   { return s[1:] }
func size[M map[string]int | map[string]int8](m M) int { return len(m) }
func lookup[M map[string]int | map[MyS]int](m M) int { return len(m) }
func set[T []int | [3]int](x T) T { x[0] = 9; return x }
func setp[T *[3]int | []int](x T) { x[1] = 8 }

func main() {
	fmt.Println(get([]int{1, 2, 3, 4}), get([5]int{1, 2, 3, 4, 5}))
	fmt.Println(string(add(add(nil, "foo"), []byte("bar"))), string(add(nil, MyS("baz"))))
	fmt.Println(inc(int32(5)), inc(1.5), len(mk(3)), cap(mk(int64(2))))
	l := lit[*S]()
	fmt.Println(len(l), l[0].f, l[1].f)
	fmt.Println(first("abc"), first([]byte("xyz")), tail(MyS("hello")), string(tail([]byte("hey"))))
	fmt.Printf("%T %T\n", tail(MyS("x")), tail([]byte("y")))
	fmt.Println(size(map[string]int8{"a": 1}), lookup(map[MyS]int{}))
	fmt.Println(set([]int{1, 2}), set([3]int{1, 2, 3}))
	a := [3]int{}
	setp(&a)
	s := []int{1, 2}
	setp(s)
	fmt.Println(a, s)
}
