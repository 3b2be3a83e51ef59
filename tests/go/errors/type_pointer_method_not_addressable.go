// error: 25:6: cannot call pointer method Inc on T
// error: 26:8: cannot call pointer method Inc on T
// error: 29:9: cannot call pointer method Inc on T
// error: 27:16: cannot use N{} (value of type N) as
// A pointer method needs an addressable receiver: not a composite literal, a function
// result or a map element. A method with the right name but another signature does not
// implement an interface: the error goes on "...as Namer value in variable declaration: N
// does not implement Namer (wrong type for method Name)" (Go 1.19 words it differently and
// puts the reason on a second line, so only the start is checked).
package main

type T struct{ n int }

func (t *T) Inc() { t.n++ }

type Namer interface{ Name(x int) string }

type N struct{}

func (N) Name(x string) string { return x }

func get() T { return T{} }

func main() {
	T{}.Inc()
	get().Inc()
	var _ Namer = N{}
	m := map[string]T{}
	m["a"].Inc()
	var ok T
	ok.Inc()
}
